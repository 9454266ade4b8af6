package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds the JSON tree of the value a {@link JsonScanner} is on, with the node types Jackson's
 * {@code ObjectMapper.readTree} makes by default: {@code int}, {@code long} or {@code BigInteger}
 * nodes for integers by size, {@code double} nodes for other numbers, the last of repeated member
 * names wins. Stateless and thread-safe.
 */
final class JsonTreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTreeReader() {
    }

    /** The tree of the value whose first token the scanner just returned; the scanner ends on its last token. */
    static JsonNode read(JsonScanner scanner) throws IOException {
        JsonScanner.Token token = scanner.token();
        if (token == null) {
            throw scanner.problem("no value to read");
        }
        return switch (token) {
            case START_OBJECT -> object(scanner);
            case START_ARRAY -> array(scanner);
            case STRING -> NODES.textNode(scanner.text());
            case INTEGER -> integer(scanner);
            case DECIMAL -> NODES.numberNode(scanner.doubleValue());
            case TRUE -> NODES.booleanNode(true);
            case FALSE -> NODES.booleanNode(false);
            case NULL -> NODES.nullNode();
            default -> throw scanner.problem("unexpected " + token);
        };
    }

    private static JsonNode integer(JsonScanner scanner) {
        if (!scanner.fitsLong()) {
            return NODES.numberNode(scanner.bigIntegerValue());
        }
        long value = scanner.longValue();
        return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    private static ObjectNode object(JsonScanner scanner) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (scanner.next() == JsonScanner.Token.NAME) {
            String name = scanner.text();
            scanner.next();
            object.set(name, read(scanner));
        }
        return object;
    }

    private static ArrayNode array(JsonScanner scanner) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (scanner.next() != JsonScanner.Token.END_ARRAY) {
            array.add(read(scanner));
        }
        return array;
    }
}
