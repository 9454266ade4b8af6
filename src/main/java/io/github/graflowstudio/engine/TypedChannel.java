package io.github.graflowstudio.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema-checked view of a {@link Channel} (Graflow's {@code TypedChannel} over a
 * {@code TypedDict}): values are maps with exactly the schema's fields, each an instance of its
 * declared type. Keeping values as plain maps keeps them serialisable by checkpoints.
 *
 * <pre>{@code
 * TypedChannel progress = ctx.typedChannel(Map.of("step", Integer.class, "note", String.class));
 * progress.set("progress", Map.of("step", 3, "note", "half way"));
 * int step = (Integer) progress.get("progress").orElseThrow().get("step");
 * }</pre>
 *
 * <p>A number is accepted for a numeric field ({@code Integer}, {@code Long}, {@code Double},
 * {@code Float}) of another number type when it fits (a whole {@code Long} in {@code int} range
 * for an {@code Integer} field, any number for a {@code Double} field, ...) and is converted to
 * the declared type on {@link #set} and {@link #get}, because values read back from a checkpoint
 * may have another Java number type. Other fields are checked with {@code isInstance}.
 *
 * <p>Thread-safe if the channel is; immutable itself.
 */
public final class TypedChannel {
    private final Channel channel;
    private final Map<String, Class<?>> schema;

    /**
     * Makes a view.
     *
     * @param channel the channel to read and write
     * @param schema  field name to type, at least one field
     */
    public TypedChannel(Channel channel, Map<String, Class<?>> schema) {
        this.channel = Objects.requireNonNull(channel, "channel");
        if (schema.isEmpty()) {
            throw new IllegalArgumentException("A typed channel needs at least one field");
        }
        this.schema = Collections.unmodifiableMap(new LinkedHashMap<>(schema));
    }

    /** The schema: field name to type. */
    public Map<String, Class<?>> schema() {
        return schema;
    }

    /**
     * Stores a value after checking it against the schema.
     *
     * @throws IllegalArgumentException naming the missing, extra or mistyped fields
     */
    public void set(String key, Map<String, ?> value) {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("Value for channel key '" + key + "' does not match the schema "
                    + describe() + ": " + problem);
        }
        channel.set(key, normalized(value));
    }

    /**
     * The value under {@code key} if present and valid for the schema (numbers converted to the
     * declared types, in schema order), else empty.
     */
    public Optional<Map<String, Object>> get(String key) {
        Object value = channel.get(key);
        if (!(value instanceof Map<?, ?> map) || problem(map) != null) {
            return Optional.empty();
        }
        return Optional.of(Collections.unmodifiableMap(normalized(map)));
    }

    private Map<String, Object> normalized(Map<?, ?> value) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> field : schema.entrySet()) {
            Object fieldValue = value.get(field.getKey());
            Class<?> type = field.getValue();
            copy.put(field.getKey(), type.isInstance(fieldValue) ? fieldValue
                    : MemoryChannel.convert(field.getKey(), fieldValue, type));
        }
        return copy;
    }

    /** Whether {@code value} matches the schema. */
    public boolean matches(Object value) {
        return value instanceof Map<?, ?> map && problem(map) == null;
    }

    /** Appends to the list under {@code key} without a schema check (as Graflow). */
    public int append(String key, Object value) {
        return channel.append(key, value);
    }

    private String problem(Map<?, ?> value) {
        if (value == null) {
            return "value is null";
        }
        for (Map.Entry<String, Class<?>> field : schema.entrySet()) {
            if (!value.containsKey(field.getKey())) {
                return "missing field '" + field.getKey() + "'";
            }
            Object fieldValue = value.get(field.getKey());
            if (!fits(fieldValue, field.getValue())) {
                return "field '" + field.getKey() + "' holds "
                        + (fieldValue == null ? "null" : fieldValue.getClass().getSimpleName())
                        + ", expected " + field.getValue().getSimpleName();
            }
        }
        for (Object key : value.keySet()) {
            if (!schema.containsKey(key)) {
                return "unexpected field '" + key + "'";
            }
        }
        return null;
    }

    private static boolean fits(Object value, Class<?> type) {
        if (value == null) {
            return false;
        }
        if (type.isInstance(value)) {
            return true;
        }
        if (value instanceof Number number && !(value instanceof Boolean)) {
            if (type == Double.class || type == Float.class || type == Number.class) {
                return true;
            }
            boolean whole = number instanceof Integer || number instanceof Long || number instanceof Short
                    || number instanceof Byte || number.doubleValue() == Math.rint(number.doubleValue());
            if (type == Long.class) {
                return whole;
            }
            if (type == Integer.class) {
                return whole && number.longValue() >= Integer.MIN_VALUE && number.longValue() <= Integer.MAX_VALUE;
            }
        }
        return false;
    }

    private String describe() {
        StringBuilder text = new StringBuilder("{");
        List<String> names = List.copyOf(schema.keySet());
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(names.get(i)).append(": ").append(schema.get(names.get(i)).getSimpleName());
        }
        return text.append('}').toString();
    }
}
