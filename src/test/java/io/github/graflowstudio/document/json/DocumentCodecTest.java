package io.github.graflowstudio.document.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.Runs;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips, unknown fields and stable output of the codec. */
class DocumentCodecTest {
    private final DocumentCodec codec = new DocumentCodec();

    @Test
    void unknownFieldsAreKeptAtEveryLevel() {
        WorkflowDocument document = Runs.document("unknown-fields.flow.json");
        assertEquals(Map.of("name", "Ada", "tags", List.of("x", "y")), document.extra().get("author"));
        assertEquals(1.25, document.extra().get("zoom"));
        WorkflowNode a = document.nodes().get(0);
        assertEquals("#ff0000", a.extra().get("color"));
        assertEquals(List.of(1L, 2L), a.config().get("futureOption"));
        assertEquals(Map.of("curve", "exp"), a.retryBackoff().extra());
        assertEquals(true, document.nodes().get(1).extra().get("collapsed"));
        assertEquals("fan out", document.edges().get(0).extra().get("label"));
        assertEquals(Map.of("dashed", true), document.edges().get(0).extra().get("style"));
        assertEquals(false, document.groups().get(0).extra().get("collapsed"));
        assertEquals(Map.of("comment", "one is enough"), document.groups().get(0).policy().extra());
    }

    @Test
    void valuesKeepTheirJsonTypes() {
        WorkflowNode a = Runs.document("unknown-fields.flow.json").nodes().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) a.config().get("value");
        assertEquals(new BigInteger("123456789012345678901234567890"), value.get("big"));
        assertEquals(3.25, value.get("pi"));
        assertEquals(-7L, value.get("neg"));
        assertEquals("caf\u00e9 \"quoted\"\n", value.get("text"));
        assertTrue(value.containsKey("nothing"));
        assertEquals(12.5, a.x());
        assertEquals(-40.0, a.y());
        assertEquals(RetryBackoff.of(10, 1.5, 100, true).initialMillis(), a.retryBackoff().initialMillis());
        assertEquals(GroupPolicySpec.AT_LEAST_N, Runs.document("unknown-fields.flow.json").groups().get(0).policy().type());
    }

    @Test
    void reopenedEqualsSaved() throws Exception {
        WorkflowDocument original = Runs.document("unknown-fields.flow.json");
        String written = codec.write(original);
        WorkflowDocument reopened = codec.read(written, "saved.flow.json");
        assertEquals(original, reopened);
        assertEquals(written, codec.write(reopened), "writing is stable");
    }

    @Test
    void writtenFieldsComeInAFixedOrderWithUnknownFieldsLast() {
        String written = codec.write(Runs.document("unknown-fields.flow.json"));
        assertTrue(written.startsWith("{\n  \"formatVersion\": 1,\n  \"name\": \"keeps everything\",\n  \"start\": \"a\",\n"
                + "  \"nodes\": ["), written);
        assertTrue(written.indexOf("\"groups\"") < written.indexOf("\"author\""));
        assertTrue(written.indexOf("\"note\": \"first\"") < written.indexOf("\"color\""));
        assertTrue(written.contains("\"members\": [\"b\", \"c\"]"), written);
        assertTrue(written.endsWith("}\n"));
    }

    @Test
    void fileRoundTripIsAtomicAndEqual(@TempDir Path folder) throws Exception {
        WorkflowDocument original = Runs.document("unknown-fields.flow.json");
        Path file = folder.resolve("sub").resolve("copy.flow.json");
        codec.write(original, file);
        codec.write(original, file);
        assertEquals(original, codec.read(file));
        try (var listing = Files.list(file.getParent())) {
            assertEquals(List.of(file), listing.toList(), "no temporary files are left behind");
        }
    }

    @Test
    void plainMapFormRoundTrips() throws Exception {
        WorkflowDocument original = Runs.document("unknown-fields.flow.json");
        Map<String, Object> json = codec.toJsonMap(original);
        assertEquals(original, codec.fromJsonMap(json, "embedded"));
        assertEquals(1L, json.get("formatVersion"));
    }

    @Test
    void plainMapFormAcceptsJavaIntegers() throws Exception {
        Map<String, Object> json = Map.of("formatVersion", 1, "name", "n",
                "nodes", List.of(Map.of("id", "a", "kind", "noop", "maxRetries", 2)));
        assertEquals(2, codec.fromJsonMap(json, "map").nodes().get(0).maxRetries());
    }

    @Test
    void aMinimalDocumentGetsDefaults() throws Exception {
        WorkflowDocument document = codec.read("{\"formatVersion\": 1, \"name\": \"tiny\"}", "tiny.flow.json");
        assertEquals(WorkflowDocument.empty("tiny"), document);
        WorkflowDocument withNode = codec.read("{\"formatVersion\": 1, \"name\": \"n\", \"nodes\": [{\"id\": \"a\", "
                + "\"kind\": \"noop\", \"config\": null}], \"groups\": [{\"id\": \"g\", \"members\": [\"a\"]}]}", "n");
        assertEquals(WorkflowNode.of("a", "noop", Map.of()), withNode.nodes().get(0));
        assertEquals(GroupPolicySpec.strict(), withNode.groups().get(0).policy());
    }

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bom.flow.json");
        Files.writeString(file, "\uFEFF{\"formatVersion\": 1, \"name\": \"bom\"}");
        assertEquals("bom", codec.read(file).name());
    }
}
