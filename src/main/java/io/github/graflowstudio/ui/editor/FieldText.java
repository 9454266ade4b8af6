package io.github.graflowstudio.ui.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.document.kinds.FieldType;
import java.util.Optional;

/**
 * Converts config values to the text a form shows and back, by field type: strings as they are,
 * numbers and booleans as literals, lists and objects as JSON. Stateless and thread-safe.
 */
public final class FieldText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldText() {
    }

    /** The text of a value ({@code ""} for absent). */
    public static String format(FieldType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case STRING, EXPRESSION, NODE_ID, CLASS_NAME -> String.valueOf(value);
            case INTEGER, NUMBER, BOOLEAN -> String.valueOf(value);
            default -> {
                try {
                    yield JSON.writeValueAsString(value);
                } catch (JsonProcessingException e) {
                    yield String.valueOf(value);
                }
            }
        };
    }

    /**
     * Parses text for a field.
     *
     * @return the value, or empty for blank text (the field is removed)
     * @throws IllegalArgumentException saying what the field expects
     */
    public static Optional<Object> parse(FieldType type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        try {
            Object value = switch (type) {
                case STRING, EXPRESSION, NODE_ID, CLASS_NAME -> text;
                case INTEGER -> Long.parseLong(trimmed);
                case NUMBER -> trimmed.matches("-?\\d+") ? (Object) Long.parseLong(trimmed) : (Object) Double.parseDouble(trimmed);
                case BOOLEAN -> {
                    if (!trimmed.equals("true") && !trimmed.equals("false")) {
                        throw new IllegalArgumentException("expects true or false");
                    }
                    yield Boolean.parseBoolean(trimmed);
                }
                default -> JSON.readValue(trimmed, Object.class);
            };
            if (!type.accepts(value)) {
                throw new IllegalArgumentException("expects " + type.description());
            }
            return Optional.of(value);
        } catch (NumberFormatException | JsonProcessingException e) {
            throw new IllegalArgumentException("expects " + type.description(), e);
        }
    }
}
