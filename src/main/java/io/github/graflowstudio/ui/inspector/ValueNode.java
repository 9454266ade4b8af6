package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import io.github.graflowstudio.checkpoint.inspect.model.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A node of a value tree for tree tables (user metadata, channel values, results): a key, a type,
 * a one-line value, an optional mark (a value that could not be written is an error) with a note,
 * and children made on first use, so an object with a hundred thousand members costs nothing
 * until it is expanded. Studio's tagged values ({@code $double}, {@code $error}, {@code $escaped})
 * are shown as what they stand for. Thread-safe: children are made once under a lock.
 */
public final class ValueNode {
    private static final int INLINE_LENGTH = 120;
    private final String key;
    private final String type;
    private final String value;
    private final Severity mark;
    private final String note;
    private Supplier<List<ValueNode>> childMaker;
    private List<ValueNode> children;

    private ValueNode(String key, String type, String value, Severity mark, String note,
                      Supplier<List<ValueNode>> childMaker) {
        this.key = Objects.requireNonNull(key, "key");
        this.type = type;
        this.value = value;
        this.mark = mark;
        this.note = note;
        this.childMaker = childMaker;
    }

    /** A group of nodes, e.g. "Channel" with a summary value such as "12 keys". */
    public static ValueNode group(String key, String value, List<ValueNode> children) {
        List<ValueNode> copy = List.copyOf(children);
        return new ValueNode(key, "", value, Severity.NONE, null, copy.isEmpty() ? null : () -> copy);
    }

    /** A leaf with a mark, e.g. a value that could not be written. */
    public static ValueNode marked(String key, String type, String value, Severity mark, String note) {
        return new ValueNode(key, type, value, mark, note, null);
    }

    /** A JSON value under a key; objects and arrays get children. */
    public static ValueNode ofJson(String key, JsonValue json) {
        if (json instanceof JsonValue.ObjectValue object) {
            Map<String, JsonValue> members = object.members();
            if (members.size() == 1) {
                Map.Entry<String, JsonValue> only = members.entrySet().iterator().next();
                ValueNode tagged = tagged(key, only.getKey(), only.getValue());
                if (tagged != null) {
                    return tagged;
                }
            }
            if (members.size() == 2 && members.get("$error") != null) {
                return new ValueNode(key, "error", InspectorFormat.json(members.get("$error")), Severity.WARNING,
                        "a failure stored as a result (" + InspectorFormat.json(members.get("type")) + ")", null);
            }
            return new ValueNode(key, "object", summary(members.size(), "key", "keys", object), Severity.NONE, null,
                    members.isEmpty() ? null : () -> members(members));
        }
        if (json instanceof JsonValue.ArrayValue array) {
            List<JsonValue> items = array.items();
            return new ValueNode(key, "array", summary(items.size(), "item", "items", array), Severity.NONE, null,
                    items.isEmpty() ? null : () -> items(items));
        }
        boolean nonFinite = json instanceof JsonValue.NumberValue number && number.nonFinite();
        return new ValueNode(key, json.typeName(), InspectorFormat.json(json), Severity.NONE,
                nonFinite ? "not standard JSON (written by Python as is)" : null, null);
    }

    private static ValueNode tagged(String key, String tag, JsonValue content) {
        return switch (tag) {
            case "$double" -> new ValueNode(key, "number", InspectorFormat.json(content), Severity.NONE,
                    "stored as {\"$double\": ...}: JSON has no NaN or infinities", null);
            case "$escaped" -> content instanceof JsonValue.ObjectValue ? ofJson(key, content) : null;
            case "$error" -> new ValueNode(key, "error", InspectorFormat.json(content), Severity.WARNING,
                    "a failure stored as a result", null);
            default -> null;
        };
    }

    private static String summary(int size, String one, String many, JsonValue whole) {
        String counted = InspectorFormat.plural(size, one, many);
        if (size == 0 || size > 8) {
            return counted;
        }
        String inline = whole.toShortJson();
        return inline.length() <= INLINE_LENGTH ? inline : counted;
    }

    private static List<ValueNode> members(Map<String, JsonValue> members) {
        List<ValueNode> nodes = new ArrayList<>(members.size());
        members.forEach((name, member) -> nodes.add(ofJson(VisibleText.of(name), member)));
        return nodes;
    }

    private static List<ValueNode> items(List<JsonValue> items) {
        List<ValueNode> nodes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            nodes.add(ofJson("[" + i + "]", items.get(i)));
        }
        return nodes;
    }

    /** The key (made visible), an index {@code [3]} or a group title. */
    public String key() {
        return key;
    }

    /** object, array, string, number, boolean, null, error, or "" for groups and "not written" values. */
    public String type() {
        return type;
    }

    /** The value in one line (objects and arrays summarised). */
    public String value() {
        return value;
    }

    /** {@link Severity#ERROR} for a value that could not be written, WARNING for a stored failure, else NONE. */
    public Severity mark() {
        return mark;
    }

    /** Why the node is marked, or a remark about the value; {@code null} when there is none. */
    public String note() {
        return note;
    }

    /** Whether the node has (or may have) children. */
    public synchronized boolean hasChildren() {
        return childMaker != null || (children != null && !children.isEmpty());
    }

    /** The children, made on first call. */
    public synchronized List<ValueNode> children() {
        if (children == null) {
            children = childMaker == null ? List.of() : List.copyOf(childMaker.get());
            childMaker = null;
        }
        return children;
    }

    @Override
    public String toString() {
        return key + " = " + value;
    }
}
