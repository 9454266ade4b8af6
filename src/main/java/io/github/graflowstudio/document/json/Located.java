package io.github.graflowstudio.document.json;

import io.github.graflowstudio.document.values.JsonValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value with the position where it starts. Objects hold a
 * {@code LinkedHashMap<String, Located>}, arrays a {@code List<Located>}, scalars their plain
 * value ({@link String}, {@link Long}, {@link java.math.BigInteger}, {@link Double},
 * {@link Boolean}, {@code null}). Immutable in use (built once by the reader) and thread-safe.
 *
 * @param value  the value
 * @param line   1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 */
record Located(Object value, int line, int column) {

    /** A located tree without positions, from a plain JSON-like value. */
    static Located fromPlain(Object value) {
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Located> fields = new LinkedHashMap<>();
            map.forEach((key, entry) -> fields.put(String.valueOf(key), fromPlain(entry)));
            return new Located(fields, 0, 0);
        }
        if (value instanceof List<?> list) {
            List<Located> elements = new ArrayList<>();
            list.forEach(element -> elements.add(fromPlain(element)));
            return new Located(elements, 0, 0);
        }
        if (value instanceof Number number) {
            return new Located(JsonValues.normaliseNumber(number), 0, 0);
        }
        return new Located(value, 0, 0);
    }

    /** The plain value (positions dropped). */
    Object toPlain() {
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Object> plain = new LinkedHashMap<>();
            map.forEach((key, entry) -> plain.put((String) key, ((Located) entry).toPlain()));
            return plain;
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>(list.size());
            list.forEach(element -> plain.add(((Located) element).toPlain()));
            return plain;
        }
        return value;
    }

    /** Whether this is a JSON object. */
    boolean isObject() {
        return value instanceof Map;
    }

    /** The object's fields (only for objects). */
    @SuppressWarnings("unchecked")
    Map<String, Located> fields() {
        return (Map<String, Located>) value;
    }

    /** The array's elements (only for arrays). */
    @SuppressWarnings("unchecked")
    List<Located> elements() {
        return (List<Located>) value;
    }
}
