package io.github.graflowstudio.document.kinds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed read access to a config with the field defaults applied. Meant for configs that
 * passed validation (a wrong type then is a programming error). Immutable and thread-safe.
 */
public final class ConfigValues {
    private final Map<String, Object> config;
    private final List<ConfigField> fields;

    /** Wraps a config with the kind's fields. */
    public ConfigValues(Map<String, Object> config, List<ConfigField> fields) {
        this.config = config;
        this.fields = fields;
    }

    /** The raw config. */
    public Map<String, Object> raw() {
        return config;
    }

    /** Whether the field is present and not {@code null}. */
    public boolean has(String name) {
        return config.get(name) != null;
    }

    /** The value, or the field's default. */
    public Object value(String name) {
        Object value = config.get(name);
        if (value != null) {
            return value;
        }
        return fields.stream().filter(field -> field.name().equals(name)).findFirst()
                .map(ConfigField::defaultValue).orElse(null);
    }

    /** A string field, or {@code null}. */
    public String string(String name) {
        return (String) value(name);
    }

    /** A whole-number field, or {@code null}. */
    public Long integer(String name) {
        Object value = value(name);
        return value == null ? null : ((Number) value).longValue();
    }

    /** A whole-number field with a fallback for absent values without a default. */
    public long integer(String name, long fallback) {
        Long value = integer(name);
        return value == null ? fallback : value;
    }

    /** A boolean field ({@code false} when absent without a default). */
    public boolean bool(String name) {
        return Boolean.TRUE.equals(value(name));
    }

    /** A string-list field ({@code []} when absent). */
    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        Object value = value(name);
        return value == null ? List.of() : (List<String>) value;
    }

    /** A string-map field ({@code {}} when absent). */
    public Map<String, String> stringMap(String name) {
        Object value = value(name);
        Map<String, String> map = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> given) {
            given.forEach((key, entry) -> map.put(String.valueOf(key), (String) entry));
        }
        return map;
    }

    /** An object field ({@code {}} when absent). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String name) {
        Object value = value(name);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
