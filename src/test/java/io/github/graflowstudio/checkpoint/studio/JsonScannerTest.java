package io.github.graflowstudio.checkpoint.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonScanner} with {@link JsonTreeReader} reads what Jackson reads (the same trees, with
 * buffers so small that every token crosses a refill) and refuses what Jackson refuses, with the
 * offset of the problem.
 */
class JsonScannerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TEXTS = {"", "id_7", "q\"uote", "back\\slash", "tab\tline\nend", "\u0000\u001f",
        "caf\u00e9", "\u2603", "smile\ud83d\ude00", "/slash", "\u007f", "x".repeat(300)};

    @Test
    void randomDocumentsReadAsJacksonReadsThem() throws Exception {
        SplittableRandom random = new SplittableRandom(20261128L);
        for (int round = 0; round < 400; round++) {
            JsonNode tree = randomValue(random, 0);
            byte[] text = random.nextBoolean() ? JSON.writeValueAsBytes(tree)
                    : JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
            JsonNode expected = JSON.readTree(text);
            for (int buffer : new int[] {1, 7, 64, 1 << 16}) {
                assertEquals(expected, read(text, buffer), new String(text, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void numbersGetJacksonsNodeTypes() throws Exception {
        for (String number : List.of("0", "-0", "7", "-2147483648", "2147483648", "9223372036854775807",
                "-9223372036854775808", "9223372036854775808", "123456789012345678901234567890", "1.5", "-0.0",
                "1e3", "1E-3", "2.5e+10", "1.795855894417E9", "4.9e-324", "1e400")) {
            JsonNode expected = JSON.readTree(number);
            JsonNode actual = read(number.getBytes(StandardCharsets.US_ASCII), 3);
            assertEquals(expected, actual, number);
            assertEquals(expected.getNodeType(), actual.getNodeType(), number);
            assertEquals(expected.numberType(), actual.numberType(), number);
        }
        JsonScanner scanner = new JsonScanner(new ByteArrayInputStream("[99999999999999999999]".getBytes(
                StandardCharsets.US_ASCII)), 4);
        scanner.next();
        scanner.next();
        assertEquals(new BigInteger("99999999999999999999"), scanner.bigIntegerValue());
    }

    @Test
    void invalidDocumentsAreRefusedLikeJacksonRefusesThem() throws Exception {
        List<String> invalid = List.of("", "{", "{\"a\":1,}", "[1,]", "[,1]", "01", "-", "-a", "1.", "1.e3", "1e",
                "+1", ".5", "\"\\x\"", "\"a\u0001\"", "{\"a\" 1}", "{a:1}", "{\"a\":}", "[1 2]", "NaN", "tru", "nul",
                "nulls", "{} {}", "[] x", "\"\\u12G4\"", "\"abc", "[\"a\\", "{\"a\":1", "}", "]", ":", "[1:2]",
                "{\"a\",1}", "[\"a\"\"b\"]", "[" .repeat(1001) + "]".repeat(1001));
        for (String text : invalid) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertJacksonRefuses(bytes, text);
            for (int buffer : new int[] {1, 64}) {
                assertThrows(JsonSyntaxException.class, () -> read(bytes, buffer), text);
            }
        }
        byte[][] badUtf8 = {{'"', (byte) 0xC3, '(', '"'}, {'"', (byte) 0xFF, '"'}, {'"', (byte) 0xE2, (byte) 0x82, '"'},
            {'"', (byte) 0xC0, (byte) 0xAF, '"'}, {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}};
        for (byte[] bytes : badUtf8) {
            assertThrows(JsonSyntaxException.class, () -> read(bytes, 2));
        }
    }

    @Test
    void problemsTellTheirOffsetLineAndColumn() throws Exception {
        byte[] text = "{\n  \"a\" : 1,\n  \"b\" : x\n}".getBytes(StandardCharsets.US_ASCII);
        JsonSyntaxException problem = assertThrows(JsonSyntaxException.class, () -> read(text, 5));
        assertEquals(text.length - 3, problem.offset());
        long[] where = problem.lineAndColumn(new ByteArrayInputStream(text));
        assertEquals(3, where[0]);
        assertEquals(9, where[1]);
    }

    @Test
    void repeatedValuesAndRestsAreSkippedOnlyWhenTheBytesRepeat() throws Exception {
        String entry = "{\"id\":\"%s\",\"data\":{\"k\":[1,2,{\"x\":null}]},\"n\":%d}";
        StringBuilder text = new StringBuilder("[");
        int[] numbers = {1, 1, 2, 2, 1, 10, 10};
        for (int i = 0; i < numbers.length; i++) {
            text.append(i > 0 ? "," : "").append(String.format(entry, "e" + i, numbers[i]));
        }
        byte[] bytes = text.append("]").toString().getBytes(StandardCharsets.US_ASCII);
        for (int buffer : new int[] {1, 16, 1 << 16}) {
            JsonScanner scanner = new JsonScanner(new ByteArrayInputStream(bytes), buffer);
            JsonScanner.Repeated data = new JsonScanner.Repeated();
            JsonScanner.Repeated rest = new JsonScanner.Repeated();
            int skippedRests = 0;
            int skippedValues = 0;
            scanner.next();
            for (int i = 0; i < numbers.length; i++) {
                assertEquals(JsonScanner.Token.START_OBJECT, scanner.next());
                assertEquals(JsonScanner.Token.NAME, scanner.next());
                assertEquals(JsonScanner.Token.STRING, scanner.next());
                assertEquals("e" + i, scanner.text());
                if (scanner.skipRepeatedRest(rest)) {
                    assertEquals(numbers[i], rest.meaning());
                    assertEquals(JsonScanner.Token.END_OBJECT, scanner.token());
                    skippedRests++;
                    continue;
                }
                scanner.markRest();
                scanner.next();
                scanner.next();
                if (scanner.skipRepeated(data)) {
                    skippedValues++;
                } else {
                    scanner.markValue();
                    scanner.skipValue();
                    scanner.remember(data, null);
                    scanner.endMark();
                }
                assertEquals(JsonScanner.Token.END_OBJECT, scanner.token());
                scanner.next();
                scanner.next();
                int number = (int) scanner.longValue();
                assertEquals(numbers[i], number);
                assertEquals(JsonScanner.Token.END_OBJECT, scanner.next());
                scanner.rememberRest(rest, number);
            }
            assertEquals(JsonScanner.Token.END_ARRAY, scanner.next());
            assertEquals(null, scanner.next());
            assertEquals(3, skippedRests, "rests of e1, e3 and e6");
            assertEquals(3, skippedValues, "data of e2, e4 and e5");
        }
    }

    private static JsonNode read(byte[] text, int buffer) throws IOException {
        JsonScanner scanner = new JsonScanner(new ByteArrayInputStream(text), buffer);
        scanner.next();
        JsonNode tree = JsonTreeReader.read(scanner);
        assertEquals(null, scanner.next(), "nothing after the value");
        return tree;
    }

    private static void assertJacksonRefuses(byte[] text, String label) {
        try {
            JSON.readerFor(JsonNode.class).with(com.fasterxml.jackson.databind.DeserializationFeature
                    .FAIL_ON_TRAILING_TOKENS).readTree(text);
        } catch (IOException | RuntimeException refused) {
            return;
        }
        if (text.length > 0) {
            fail("Jackson accepts " + label);
        }
        assertTrue(text.length == 0);
    }

    private static JsonNode randomValue(SplittableRandom random, int depth) {
        int choice = random.nextInt(depth > 4 ? 8 : 10);
        return switch (choice) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(-1000, 1000));
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(-30, 30)));
            case 5 -> NODES.numberNode(BigInteger.valueOf(random.nextLong()).shiftLeft(70));
            case 6, 7 -> NODES.textNode(TEXTS[random.nextInt(TEXTS.length)] + random.nextInt(10));
            case 8 -> {
                ObjectNode object = NODES.objectNode();
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    object.set(TEXTS[random.nextInt(TEXTS.length)] + i, randomValue(random, depth + 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
        };
    }
}
