package io.github.graflowstudio.ui.runner;

import java.util.List;

/**
 * One channel entry (or a nested value inside one) for the channel tree. Immutable.
 *
 * @param key      the key or the nested field/index
 * @param value    the value as text (containers summarised)
 * @param type     the value's type name
 * @param result   whether it is a task result ({@code <id>.__result__})
 * @param children nested entries of maps and lists
 */
public record ChannelRow(String key, String value, String type, boolean result, List<ChannelRow> children) {

    /** The row of a value, nesting maps and lists (at most {@code depth} levels, 200 children each). */
    public static ChannelRow of(String key, Object value, boolean result, int depth) {
        if (value instanceof java.util.Map<?, ?> map) {
            List<ChannelRow> children = depth <= 0 ? List.of() : map.entrySet().stream().limit(200)
                    .map(entry -> of(String.valueOf(entry.getKey()), entry.getValue(), false, depth - 1)).toList();
            return new ChannelRow(key, "{" + map.size() + " entries}", "map", result, children);
        }
        if (value instanceof List<?> list) {
            List<ChannelRow> children = new java.util.ArrayList<>();
            for (int i = 0; depth > 0 && i < Math.min(200, list.size()); i++) {
                children.add(of("[" + i + "]", list.get(i), false, depth - 1));
            }
            return new ChannelRow(key, "[" + list.size() + " items]", "list", result, children);
        }
        if (value instanceof Throwable error) {
            return new ChannelRow(key, error.getClass().getSimpleName() + ": " + error.getMessage(), "error", result, List.of());
        }
        String text = String.valueOf(value);
        if (text.length() > 500) {
            text = text.substring(0, 500) + "…";
        }
        return new ChannelRow(key, text, value == null ? "null" : value.getClass().getSimpleName(), result, List.of());
    }
}
