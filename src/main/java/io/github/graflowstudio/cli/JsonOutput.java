package io.github.graflowstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.graflowstudio.checkpoint.studio.JsonValues;

/** JSON helpers for command output. Thread-safe. */
final class JsonOutput {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    /** A value as JSON; values without a JSON form become their text. */
    static JsonNode value(Object value) {
        try {
            return JsonValues.toTree(value);
        } catch (JsonValues.NotJsonException e) {
            return TextNode.valueOf(String.valueOf(value));
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
