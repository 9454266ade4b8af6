package io.github.graflowstudio.document.json;

import io.github.graflowstudio.document.values.JsonValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to the fields of one located JSON object, with errors that name the source, the
 * position and the object ({@code node 'x': missing field 'kind'}). Not thread-safe; used by one
 * decoding.
 */
final class ObjectFields {
    private final Located object;
    private final String source;
    private final String context;

    private ObjectFields(Located object, String source, String context) {
        this.object = object;
        this.source = source;
        this.context = context;
    }

    /**
     * Wraps a value that must be an object.
     *
     * @param what    how to call the value if it is not an object ({@code nodes[2]})
     * @throws DocumentException if the value is not an object
     */
    static ObjectFields of(Located value, String source, String what) throws DocumentException {
        if (!value.isObject()) {
            throw new DocumentException(source, value.line(), value.column(), what + " must be a JSON object, was "
                    + JsonValues.typeName(value.toPlain()));
        }
        return new ObjectFields(value, source, what);
    }

    /** The same object with another context for messages (once the id is known). */
    ObjectFields within(String newContext) {
        return new ObjectFields(object, source, newContext);
    }

    /** An error at the object's start. */
    DocumentException error(String message) {
        return new DocumentException(source, object.line(), object.column(), prefix() + message);
    }

    /** An error at a value. */
    DocumentException error(Located at, String message) {
        return new DocumentException(source, at.line(), at.column(), prefix() + message);
    }

    private String prefix() {
        return context == null ? "" : context + ": ";
    }

    /** The field, or {@code null} if absent or JSON null. */
    Located optional(String name) {
        Located value = object.fields().get(name);
        return value == null || value.value() == null ? null : value;
    }

    /** The field; absent or null is an error. */
    Located required(String name) throws DocumentException {
        Located value = optional(name);
        if (value == null) {
            throw error("missing field '" + name + "'");
        }
        return value;
    }

    /** A required string. */
    String requiredString(String name) throws DocumentException {
        return string(name, required(name));
    }

    /** An optional string, or {@code null}. */
    String optionalString(String name) throws DocumentException {
        Located value = optional(name);
        return value == null ? null : string(name, value);
    }

    private String string(String name, Located value) throws DocumentException {
        if (value.value() instanceof String text) {
            return text;
        }
        throw wrongType(name, value, "a string");
    }

    /** An optional whole number in the int range, or {@code null}. */
    Integer optionalInt(String name) throws DocumentException {
        Located value = optional(name);
        if (value == null) {
            return null;
        }
        if (value.value() instanceof Long number && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw wrongType(name, value, "a whole number");
    }

    /** An optional whole number in the long range, or the fallback. */
    long optionalLong(String name, long fallback) throws DocumentException {
        Located value = optional(name);
        if (value == null) {
            return fallback;
        }
        if (value.value() instanceof Long number) {
            return number;
        }
        throw wrongType(name, value, "a whole number");
    }

    /** An optional number, or the fallback. */
    double optionalDouble(String name, double fallback) throws DocumentException {
        Located value = optional(name);
        if (value == null) {
            return fallback;
        }
        if (value.value() instanceof Number number) {
            return number.doubleValue();
        }
        throw wrongType(name, value, "a number");
    }

    /** An optional boolean, or the fallback. */
    boolean optionalBoolean(String name, boolean fallback) throws DocumentException {
        Located value = optional(name);
        if (value == null) {
            return fallback;
        }
        if (value.value() instanceof Boolean bool) {
            return bool;
        }
        throw wrongType(name, value, "true or false");
    }

    /** An optional array (its elements), or an empty list. */
    List<Located> optionalArray(String name) throws DocumentException {
        Located value = optional(name);
        if (value == null) {
            return List.of();
        }
        if (value.value() instanceof List) {
            return value.elements();
        }
        throw wrongType(name, value, "an array");
    }

    /** An optional array of strings, or {@code null} if absent. */
    List<String> optionalStrings(String name) throws DocumentException {
        Located value = optional(name);
        if (value == null) {
            return null;
        }
        if (!(value.value() instanceof List)) {
            throw wrongType(name, value, "an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (Located element : value.elements()) {
            if (!(element.value() instanceof String text)) {
                throw error(element, "field '" + name + "' must hold only strings, found "
                        + JsonValues.typeName(element.toPlain()));
            }
            strings.add(text);
        }
        return strings;
    }

    /** An optional object as a plain map, or an empty map. */
    Map<String, Object> optionalObject(String name) throws DocumentException {
        Located value = optional(name);
        if (value == null) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw wrongType(name, value, "a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) value.toPlain();
        return plain;
    }

    /** The fields not in {@code known}, as plain values in document order. */
    Map<String, Object> unknown(Set<String> known) {
        Map<String, Object> extra = new LinkedHashMap<>();
        object.fields().forEach((name, value) -> {
            if (!known.contains(name)) {
                extra.put(name, value.toPlain());
            }
        });
        return extra;
    }

    private DocumentException wrongType(String name, Located value, String expected) {
        return error(value, "field '" + name + "' must be " + expected + ", was " + describe(value.value()));
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return JsonValues.typeName(value) + " " + value;
        }
        return JsonValues.typeName(value);
    }
}
