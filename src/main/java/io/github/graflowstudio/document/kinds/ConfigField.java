package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.document.values.JsonValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describes one config field of a kind, for validation and for a GUI form. Immutable and
 * thread-safe.
 *
 * @param name         the JSON field name
 * @param type         what the field holds
 * @param required     whether the field must be present (and not {@code null})
 * @param defaultValue the value used when the field is absent, or {@code null}
 * @param help         one or two sentences for a tooltip
 */
public record ConfigField(String name, FieldType type, boolean required, Object defaultValue, String help) {
    /** Checks for nulls and freezes the default. */
    public ConfigField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(help, "help");
        defaultValue = JsonValues.freeze(defaultValue);
    }

    /** A required field. */
    public static ConfigField required(String name, FieldType type, String help) {
        return new ConfigField(name, type, true, null, help);
    }

    /** An optional field with a default ({@code null}: none). */
    public static ConfigField optional(String name, FieldType type, Object defaultValue, String help) {
        return new ConfigField(name, type, false, defaultValue, help);
    }

    /**
     * The value a new node starts with in this field: the default, else an empty value of the
     * field's type (0, false, an empty list or object, an empty string) for the user to fill in.
     */
    public Object initialValue() {
        if (defaultValue != null) {
            return defaultValue;
        }
        return switch (type) {
            case INTEGER, NUMBER -> 0;
            case BOOLEAN -> false;
            case STRING_LIST -> List.of();
            case OBJECT -> Map.of();
            default -> "";
        };
    }
}
