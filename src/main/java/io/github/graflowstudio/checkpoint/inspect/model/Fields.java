package io.github.graflowstudio.checkpoint.inspect.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Typed reads from a map of top-level JSON members. Stateless and thread-safe. */
final class Fields {
    private Fields() {
    }

    static Map<String, JsonValue> copy(Map<String, JsonValue> fields) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The string member, or {@code null} when absent, null or not a string. */
    static String text(Map<String, JsonValue> fields, String key) {
        JsonValue value = fields.get(key);
        return value == null ? null : value.asText();
    }

    /** The integer member in the 64-bit range, or {@code null}. */
    static Long integer(Map<String, JsonValue> fields, String key) {
        return fields.get(key) instanceof JsonValue.NumberValue number ? number.toLong() : null;
    }

    /** The object member's members, or an empty map. */
    static Map<String, JsonValue> object(Map<String, JsonValue> fields, String key) {
        return fields.get(key) instanceof JsonValue.ObjectValue object ? object.members() : Map.of();
    }
}
