package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts channel values and configs between Java and JSON trees. Plain JSON values (maps with
 * string keys, lists, strings, numbers, booleans, null) round-trip; {@code NaN}/infinities and
 * stored failures use tagged objects (see docs/checkpoint-format.md). Anything else is refused
 * with a reason. Stateless and thread-safe.
 */
public final class JsonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final int MAX_DEPTH = 200;

    private JsonValues() {
    }

    /** Thrown when a value has no JSON form. */
    public static final class NotJsonException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String typeName;

        NotJsonException(String typeName, String message) {
            super(message);
            this.typeName = typeName;
        }

        /** The Java type that could not be written. */
        public String typeName() {
            return typeName;
        }
    }

    /**
     * The JSON tree of a value.
     *
     * @throws NotJsonException naming the offending type and where it sits
     */
    public static JsonNode toTree(Object value) throws NotJsonException {
        return toTree(value, "$", 0);
    }

    private static JsonNode toTree(Object value, String path, int depth) throws NotJsonException {
        if (depth > MAX_DEPTH) {
            throw new NotJsonException("nesting", "value nested deeper than " + MAX_DEPTH + " levels at " + path);
        }
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof BigInteger number) {
            return NODES.numberNode(number);
        }
        if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                ObjectNode tagged = NODES.objectNode();
                tagged.put("$double", Double.isNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                return tagged;
            }
            return NODES.numberNode(number);
        }
        if (value instanceof Throwable error) {
            ObjectNode tagged = NODES.objectNode();
            tagged.put("$error", String.valueOf(error.getMessage()));
            tagged.put("type", error.getClass().getName());
            return tagged;
        }
        if (value instanceof StoredError stored) {
            ObjectNode tagged = NODES.objectNode();
            tagged.put("$error", stored.message());
            tagged.put("type", stored.type());
            return tagged;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new NotJsonException(typeOf(entry.getKey()), "map key of type " + typeOf(entry.getKey())
                            + " at " + path + " is not a string");
                }
                object.set(key, toTree(entry.getValue(), path + "." + key, depth + 1));
            }
            if (object.size() == 1 && object.fieldNames().next().startsWith("$")) {
                ObjectNode escaped = NODES.objectNode();
                escaped.set("$escaped", object);
                return escaped;
            }
            return object;
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            for (Object item : collection) {
                array.add(toTree(item, path + "[" + index++ + "]", depth + 1));
            }
            return array;
        }
        if (value instanceof Object[] items) {
            return toTree(java.util.Arrays.asList(items), path, depth);
        }
        throw new NotJsonException(typeOf(value), "a value of type " + typeOf(value) + " at " + path
                + " is not a JSON value (map, list, string, number, boolean or null)");
    }

    /** The Java value of a JSON tree written by {@link #toTree}. */
    public static Object fromTree(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            BigInteger big = node.bigIntegerValue();
            if (big.bitLength() < 32) {
                return big.intValue();
            }
            if (big.bitLength() < 64) {
                return big.longValue();
            }
            return big;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                list.add(fromTree(item));
            }
            return list;
        }
        if (node.size() == 1 && node.has("$double")) {
            return Double.parseDouble(node.get("$double").asText().replace("Infinity", "Infinity"));
        }
        if (node.size() == 2 && node.has("$error") && node.has("type")) {
            return new StoredError(node.get("type").asText(), node.get("$error").asText());
        }
        if (node.size() == 1 && node.has("$escaped")) {
            return fromObject(node.get("$escaped"));
        }
        return fromObject(node);
    }

    private static Map<String, Object> fromObject(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            map.put(field.getKey(), fromTree(field.getValue()));
        }
        return map;
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    /**
     * A failure that was stored as a task result, as restored from a checkpoint.
     *
     * @param type    the original exception's class name
     * @param message its message
     */
    public record StoredError(String type, String message) {
    }
}
