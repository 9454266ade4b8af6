package io.github.graflowstudio.document.kinds;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The type of a kind's config field: what JSON value it accepts and how a GUI form should edit
 * it. Immutable and thread-safe.
 */
public enum FieldType {
    /** A string. */
    STRING("a string"),
    /** A whole number. */
    INTEGER("a whole number"),
    /** Any number. */
    NUMBER("a number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false"),
    /** Any JSON value. */
    JSON("any JSON value"),
    /** A JSON object. */
    OBJECT("a JSON object"),
    /** An array of strings. */
    STRING_LIST("an array of strings"),
    /** An object whose values are strings. */
    STRING_MAP("an object of strings"),
    /** A sandboxed JEXL expression (a string). */
    EXPRESSION("an expression string"),
    /** The id of a node or group of the same document (a string); renames follow it. */
    NODE_ID("a node id string"),
    /** A fully qualified Java class name (a string). */
    CLASS_NAME("a class name string");

    private final String description;

    FieldType(String description) {
        this.description = description;
    }

    /** What the type accepts, for messages: {@code a whole number}. */
    public String description() {
        return description;
    }

    /** Whether a (non-null) value has this type. */
    public boolean accepts(Object value) {
        return switch (this) {
            case STRING, EXPRESSION, NODE_ID, CLASS_NAME -> value instanceof String;
            case INTEGER -> isWhole(value);
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
            case JSON -> true;
            case OBJECT -> value instanceof Map;
            case STRING_LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case STRING_MAP -> value instanceof Map<?, ?> map && map.values().stream().allMatch(String.class::isInstance);
        };
    }

    /** Whether the value is a whole number within the {@code long} range. */
    static boolean isWhole(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 9.0e18;
        }
        if (value instanceof BigDecimal decimal) {
            try {
                decimal.longValueExact();
                return true;
            } catch (ArithmeticException e) {
                return false;
            }
        }
        return false;
    }
}
