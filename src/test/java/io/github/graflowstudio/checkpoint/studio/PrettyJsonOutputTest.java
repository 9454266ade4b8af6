package io.github.graflowstudio.checkpoint.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PrettyJsonOutput} writes the very bytes Jackson's default pretty printer writes, for
 * random trees with every kind of node and strings that need escaping (control characters,
 * quotes, non-ASCII, lone and paired surrogates, strings longer than the output buffer).
 */
class PrettyJsonOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] AWKWARD = {"", "plain", "q\"uote", "back\\slash", "tab\there", "line\nend",
        "nul\u0000", "del\u007f", "caf\u00e9", "snow\u2603man", "smile\ud83d\ude00", "lone\ud83d", "\udc00lone",
        "slash/", "\u001f", "\u2028"};

    @Test
    void randomTreesAreWrittenAsJacksonWritesThem() throws Exception {
        SplittableRandom random = new SplittableRandom(20261128L);
        for (int round = 0; round < 500; round++) {
            JsonNode tree = randomValue(random, 0);
            assertEquals(jackson(tree), ours(tree), tree.toString());
        }
    }

    @Test
    void stringsLongerThanTheBufferAndSpecialNumbers() throws Exception {
        ObjectNode tree = NODES.objectNode();
        tree.put("long", "x".repeat(300_000));
        tree.put("longEscaped", "\u00e9\"".repeat(100_000));
        tree.put("nan", Double.NaN);
        tree.put("infinity", Double.NEGATIVE_INFINITY);
        tree.put("float", 1.5f);
        tree.put("decimal", new BigDecimal("1.10"));
        tree.put("big", new BigInteger("123456789012345678901234567890"));
        tree.put("min", Long.MIN_VALUE);
        tree.put("max", Long.MAX_VALUE);
        tree.put("negative", -42);
        tree.put("zero", 0);
        tree.put("tiny", 4.9e-324);
        tree.put("large", 1.795855894417E9);
        tree.putObject("empty");
        tree.putArray("none");
        tree.putArray("nested").addArray().addObject().putArray("in").addObject();
        assertEquals(jackson(tree), ours(tree));
    }

    private static String jackson(JsonNode tree) throws Exception {
        return new String(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree), StandardCharsets.UTF_8);
    }

    private static String ours(JsonNode tree) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrettyJsonOutput output = new PrettyJsonOutput(bytes, new JacksonRendering(JSON));
        output.tree(tree);
        output.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode randomValue(SplittableRandom random, int depth) {
        int choice = random.nextInt(depth > 4 ? 9 : 11);
        return switch (choice) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(-20, 20)));
            case 5 -> NODES.numberNode(BigInteger.valueOf(random.nextLong()).shiftLeft(70));
            case 6 -> NODES.numberNode(new BigDecimal(random.nextInt(1000) + ".0" + random.nextInt(100)));
            case 7, 8 -> NODES.textNode(randomString(random));
            case 9 -> {
                ObjectNode object = NODES.objectNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    object.set(randomString(random) + i, randomValue(random, depth + 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
        };
    }

    private static String randomString(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            text.append(AWKWARD[random.nextInt(AWKWARD.length)]);
        }
        if (random.nextBoolean()) {
            text.append("id_").append(random.nextInt(100_000));
        }
        return text.toString();
    }
}
