package io.github.graflowstudio.document.values;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for plain JSON-like values: {@link Map} (string keys, order kept), {@link List},
 * {@link String}, {@link Long}, {@link BigInteger} (beyond the long range), {@link Double},
 * {@link BigDecimal}, {@link Boolean} and {@code null}.
 *
 * <p>{@link #freeze} makes the deep, unmodifiable, number-normalised copies the document model
 * stores, so two documents read from equal JSON are {@code equals}. {@link #toPlain} converts any
 * run-time value leniently (unknown objects become strings) with a size budget.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonValues {
    /** The default number of values {@link #toPlain(Object)} may produce. */
    public static final int DEFAULT_BUDGET = 1_000_000;
    /** The deepest nesting of containers either conversion accepts. */
    public static final int MAX_DEPTH = 500;

    private JsonValues() {
    }

    /**
     * A deep, unmodifiable copy of a JSON-like value with normalised numbers (integral numbers
     * become {@link Long} or {@link BigInteger}, {@link Float} becomes {@link Double}).
     *
     * @throws IllegalArgumentException for values that are not JSON-like (naming the type), for
     *         non-string map keys and for non-finite doubles
     */
    public static Object freeze(Object value) {
        return freeze(value, 0);
    }

    private static Object freeze(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON value nested deeper than " + MAX_DEPTH + " levels");
        }
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            Number normalised = normaliseNumber(number);
            if (normalised instanceof Double d && (d.isNaN() || d.isInfinite())) {
                throw new IllegalArgumentException("JSON cannot hold the number " + d);
            }
            return normalised;
        }
        if (value instanceof Map<?, ?> map) {
            return freezeObject(map, depth);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            for (Object element : collection) {
                list.add(freeze(element, depth + 1));
            }
            return Collections.unmodifiableList(list);
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    /**
     * A deep, unmodifiable copy of a JSON object ({@code null} gives an empty map).
     *
     * @throws IllegalArgumentException as {@link #freeze}
     */
    public static Map<String, Object> freezeObject(Map<?, ?> map) {
        return freezeObject(map, 0);
    }

    private static Map<String, Object> freezeObject(Map<?, ?> map, int depth) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings, found "
                        + (entry.getKey() == null ? "null" : entry.getKey().getClass().getName()));
            }
            copy.put(key, freeze(entry.getValue(), depth + 1));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * A plain, mutable-free copy of any run-time value with the default budget: maps, collections
     * and arrays are copied, numbers normalised, characters and enums become strings, a
     * {@link Throwable} becomes {@code {"$error": message, "type": class name}}, and any other
     * object its {@code toString()}.
     *
     * @throws ValueTooLargeException if the value has more than {@link #DEFAULT_BUDGET} parts
     */
    public static Object toPlain(Object value) {
        return toPlain(value, DEFAULT_BUDGET);
    }

    /**
     * As {@link #toPlain(Object)} with a budget: the largest number of values (containers and
     * scalars) the result may hold.
     *
     * @throws ValueTooLargeException if the budget is exceeded
     */
    public static Object toPlain(Object value, int budget) {
        return new PlainConverter(budget).convert(value);
    }

    /** Whether a value is a JSON container or a Java array. */
    public static boolean isContainer(Object value) {
        return value instanceof Map || value instanceof Collection || (value != null && value.getClass().isArray());
    }

    /** A short description of a value's JSON type for messages: {@code string}, {@code number}, ... */
    public static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof Collection || value.getClass().isArray()) {
            return "array";
        }
        return value.getClass().getSimpleName();
    }

    /** Normalises a number: integral types to Long (BigInteger beyond the range), Float to Double. */
    public static Number normaliseNumber(Number number) {
        if (number instanceof Long || number instanceof Double) {
            return number;
        }
        if (number instanceof Integer || number instanceof Short || number instanceof Byte
                || number instanceof java.util.concurrent.atomic.AtomicInteger
                || number instanceof java.util.concurrent.atomic.AtomicLong) {
            return number.longValue();
        }
        if (number instanceof Float) {
            return number.doubleValue();
        }
        if (number instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Number) big.longValue() : big;
        }
        if (number instanceof BigDecimal) {
            return number;
        }
        return number.doubleValue();
    }

    /** Converts with a budget; one instance per conversion. Not thread-safe. */
    private static final class PlainConverter {
        private final int budget;
        private int used;

        PlainConverter(int budget) {
            this.budget = budget;
        }

        Object convert(Object value) {
            return convert(value, 0);
        }

        private Object convert(Object value, int depth) {
            if (depth > MAX_DEPTH) {
                throw new ValueTooLargeException("value nested deeper than " + MAX_DEPTH + " levels");
            }
            if (++used > budget) {
                throw new ValueTooLargeException("value has more than " + budget + " parts");
            }
            if (value == null || value instanceof String || value instanceof Boolean) {
                return value;
            }
            if (value instanceof Number number) {
                return normaliseNumber(number);
            }
            if (value instanceof Character || value instanceof Enum<?>) {
                return value.toString();
            }
            if (value instanceof Map<?, ?> map) {
                LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    copy.put(String.valueOf(entry.getKey()), convert(entry.getValue(), depth + 1));
                }
                return Collections.unmodifiableMap(copy);
            }
            if (value instanceof Collection<?> collection) {
                List<Object> list = new ArrayList<>();
                for (Object element : collection) {
                    list.add(convert(element, depth + 1));
                }
                return Collections.unmodifiableList(list);
            }
            if (value.getClass().isArray()) {
                int length = Array.getLength(value);
                List<Object> list = new ArrayList<>(Math.min(length, 1024));
                for (int i = 0; i < length; i++) {
                    list.add(convert(Array.get(value, i), depth + 1));
                }
                return Collections.unmodifiableList(list);
            }
            if (value instanceof Throwable error) {
                LinkedHashMap<String, Object> map = new LinkedHashMap<>();
                map.put("$error", String.valueOf(error.getMessage()));
                map.put("type", error.getClass().getName());
                return Collections.unmodifiableMap(map);
            }
            return value.toString();
        }
    }
}
