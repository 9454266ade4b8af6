package io.github.graflowstudio.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of results: {@code {"name": ..., "params": {...}, "value": ..., "unit": ...}},
 * plus {@code "skipped": reason} (and a {@code null} value) for a skipped figure and
 * {@code "detail": {...}} when there are details. Used for {@code bench --json} and for the lines
 * the UI benchmark's child JVM prints. Thread-safe.
 */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    /** One result as a JSON object. */
    public static ObjectNode toTree(BenchmarkResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", result.name());
        node.set("params", MAPPER.valueToTree(result.params()));
        if (result.value() == null) {
            node.putNull("value");
        } else {
            node.put("value", result.value());
        }
        node.put("unit", result.unit());
        if (result.skippedReason() != null) {
            node.put("skipped", result.skippedReason());
        }
        if (!result.detail().isEmpty()) {
            node.set("detail", MAPPER.valueToTree(result.detail()));
        }
        return node;
    }

    /** Results as an indented JSON array. */
    public static String toArray(List<BenchmarkResult> results) {
        ArrayNode array = MAPPER.createArrayNode();
        results.forEach(result -> array.add(toTree(result)));
        return write(PRETTY, array);
    }

    /** One result as a single line of JSON. */
    public static String toLine(BenchmarkResult result) {
        return write(MAPPER, toTree(result));
    }

    /**
     * Reads one result object back.
     *
     * @throws IllegalArgumentException if the text is not such an object
     */
    public static BenchmarkResult parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
        if (node == null || !node.isObject() || !node.path("name").isTextual() || !node.path("unit").isTextual()) {
            throw new IllegalArgumentException("not a benchmark result: " + json);
        }
        Map<String, Object> params = toMap(node.path("params"));
        Map<String, Object> detail = toMap(node.path("detail"));
        if (node.path("value").isNumber()) {
            return BenchmarkResult.measured(node.get("name").asText(), params, node.get("value").asDouble(),
                    node.get("unit").asText(), detail);
        }
        String reason = node.path("skipped").asText("no value");
        return BenchmarkResult.skipped(node.get("name").asText(), params, node.get("unit").asText(), reason);
    }

    private static Map<String, Object> toMap(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                Object plain = value.isIntegralNumber() ? (Object) value.asLong()
                        : value.isNumber() ? (Object) value.asDouble()
                        : value.isBoolean() ? (Object) value.asBoolean() : value.asText();
                map.put(field.getKey(), plain);
            });
        }
        return map;
    }

    private static String write(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
