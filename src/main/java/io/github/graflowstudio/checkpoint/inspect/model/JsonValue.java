package io.github.graflowstudio.checkpoint.inspect.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value exactly as a checkpoint file holds it, including Python's non-standard numbers
 * ({@code NaN}, {@code Infinity}, {@code -Infinity}) and integers of any size: numbers keep their
 * literal text. Used for user metadata, backends, cycle counts and other free-form values. All
 * implementations are immutable and thread-safe.
 */
public sealed interface JsonValue {
    /** The JSON {@code null}. */
    JsonValue NULL = new NullValue();

    /** The string, or {@code null} when this is not a string. */
    default String asText() {
        return this instanceof StringValue text ? text.value() : null;
    }

    /** The member of an object, or {@code null} when this is no object or has no such member. */
    default JsonValue get(String key) {
        return this instanceof ObjectValue object ? object.members().get(key) : null;
    }

    /** A short JSON rendering for display (non-standard numbers as written). */
    default String toJson() {
        StringBuilder target = new StringBuilder();
        JsonRendering.append(target, this, Integer.MAX_VALUE);
        return target.toString();
    }

    /** The JSON text cut to about 80 characters, for messages. */
    default String toShortJson() {
        StringBuilder target = new StringBuilder();
        JsonRendering.append(target, this, 80);
        if (target.length() > 80) {
            target.setLength(77);
            target.append("...");
        }
        return target.toString();
    }

    /** The JSON type name: object, array, string, number, boolean or null. */
    String typeName();

    /**
     * Converts plain Java values (maps with string keys, lists, strings, numbers, booleans,
     * {@code null}) to a JSON value; anything else becomes its {@code toString()} text.
     */
    static JsonValue of(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return new StringValue(text);
        }
        if (value instanceof Boolean bool) {
            return new BooleanValue(bool);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return new NumberValue(Double.isNaN(number) ? "NaN" : Double.isInfinite(number)
                    ? (number > 0 ? "Infinity" : "-Infinity") : BigDecimal.valueOf(number).toString());
        }
        if (value instanceof Number number) {
            return new NumberValue(number.toString());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            map.forEach((key, member) -> members.put(String.valueOf(key), of(member)));
            return new ObjectValue(members);
        }
        if (value instanceof Iterable<?> items) {
            List<JsonValue> list = new ArrayList<>();
            items.forEach(item -> list.add(of(item)));
            return new ArrayValue(list);
        }
        return new StringValue(value.toString());
    }

    /**
     * Whether two values mean the same: like {@code equals}, but numbers compare by value
     * ({@code 2} and {@code 2.0} are the same, as in Python).
     */
    static boolean equivalent(JsonValue left, JsonValue right) {
        if (left instanceof NumberValue a && right instanceof NumberValue b) {
            if (a.nonFinite() || b.nonFinite()) {
                return a.normalisedLiteral().equals(b.normalisedLiteral());
            }
            return a.toBigDecimal().compareTo(b.toBigDecimal()) == 0;
        }
        if (left instanceof ObjectValue a && right instanceof ObjectValue b) {
            if (!a.members().keySet().equals(b.members().keySet())) {
                return false;
            }
            return a.members().entrySet().stream()
                    .allMatch(entry -> equivalent(entry.getValue(), b.members().get(entry.getKey())));
        }
        if (left instanceof ArrayValue a && right instanceof ArrayValue b) {
            if (a.items().size() != b.items().size()) {
                return false;
            }
            for (int i = 0; i < a.items().size(); i++) {
                if (!equivalent(a.items().get(i), b.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(left, right);
    }

    /**
     * A JSON object, members in file order (a repeated key keeps its last value, as in Python).
     *
     * @param members the members
     */
    record ObjectValue(Map<String, JsonValue> members) implements JsonValue {
        /** Copies the members, keeping their order. */
        public ObjectValue {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /**
     * A JSON array.
     *
     * @param items the items in order
     */
    record ArrayValue(List<JsonValue> items) implements JsonValue {
        /** Copies the items. */
        public ArrayValue {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /**
     * A JSON string (lone surrogates kept as they are).
     *
     * @param value the text
     */
    record StringValue(String value) implements JsonValue {
        /** Checks the text. */
        public StringValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String typeName() {
            return "string";
        }
    }

    /**
     * A JSON number with its literal text, e.g. {@code 1.50}, {@code 123456789012345678901234567890},
     * {@code NaN} or {@code -Infinity}.
     *
     * @param literal the number as written
     */
    record NumberValue(String literal) implements JsonValue {
        /** Checks the literal. */
        public NumberValue {
            Objects.requireNonNull(literal, "literal");
        }

        /** Whether this is {@code NaN} or an infinity (not standard JSON). */
        public boolean nonFinite() {
            return literal.indexOf('N') >= 0 || literal.indexOf('I') >= 0;
        }

        /** Whether the literal is an integer (no fraction, no exponent). */
        public boolean integral() {
            return !nonFinite() && literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
        }

        /** The exact value; fails for non-finite numbers. */
        public BigDecimal toBigDecimal() {
            return new BigDecimal(literal);
        }

        /** The value as a {@code long} when it is an integer in the signed 64-bit range, else {@code null}. */
        public Long toLong() {
            if (!integral() || literal.length() > 20) {
                return null;
            }
            BigInteger value = new BigInteger(literal);
            return value.bitLength() < 64 ? value.longValue() : null;
        }

        /** The value as the nearest double ({@code NaN} and infinities included). */
        public double toDouble() {
            return switch (normalisedLiteral()) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(literal);
            };
        }

        private String normalisedLiteral() {
            return literal.startsWith("+") ? literal.substring(1) : literal;
        }

        @Override
        public String typeName() {
            return "number";
        }
    }

    /**
     * A JSON boolean.
     *
     * @param value the value
     */
    record BooleanValue(boolean value) implements JsonValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** The JSON {@code null}; use {@link JsonValue#NULL}. */
    record NullValue() implements JsonValue {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
