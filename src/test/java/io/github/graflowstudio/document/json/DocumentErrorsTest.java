package io.github.graflowstudio.document.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.Runs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken input never crashes: every problem is a DocumentException with file, line and column. */
class DocumentErrorsTest {
    private final DocumentCodec codec = new DocumentCodec();

    private DocumentException fail(String json, String source) {
        return assertThrows(DocumentException.class, () -> codec.read(json, source));
    }

    @Test
    void missingKindNamesTheNodeAndItsPosition() {
        DocumentException error = fail(Runs.text("missing-kind.flow.json"), "etl.flow.json");
        assertEquals("etl.flow.json:12:5: node 'x': missing field 'kind'", error.getMessage());
        assertEquals("etl.flow.json", error.file());
        assertEquals(12, error.line());
        assertEquals(5, error.column());
        assertEquals("node 'x': missing field 'kind'", error.detail());
    }

    @Test
    void malformedJsonPointsAtTheBadToken() {
        DocumentException error = fail(Runs.text("malformed.flow.json"), "malformed.flow.json");
        assertEquals(6, error.line());
        assertEquals(5, error.column());
        assertTrue(error.getMessage().startsWith("malformed.flow.json:6:5: malformed JSON: "), error.getMessage());
    }

    @Test
    void wrongTypePointsAtTheValue() {
        DocumentException error = fail(Runs.text("wrong-type.flow.json"), "wrong-type.flow.json");
        assertEquals("wrong-type.flow.json:8:21: node 'a': field 'maxRetries' must be a whole number, "
                + "was string \"three\"", error.getMessage());
    }

    @Test
    void duplicateKeysAreRefused() {
        DocumentException error = fail(Runs.text("duplicate-key.flow.json"), "dupes.flow.json");
        assertEquals("dupes.flow.json:5:3: duplicate field 'name'", error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty text||1|1|the file is empty; expected a JSON object",
        "root array|[]|1|1|the workflow must be a JSON object, was array",
        "no version|{\"name\": \"n\"}|1|1|missing field 'formatVersion'",
        "future version|{\"formatVersion\": 2, \"name\": \"n\"}|1|19|unsupported formatVersion 2; this version of Graflow Studio reads formatVersion 1",
        "version as text|{\"formatVersion\": \"1\", \"name\": \"n\"}|1|19|field 'formatVersion' must be a whole number, was string \"1\"",
        "no name|{\"formatVersion\": 1}|1|1|missing field 'name'",
        "nodes not array|{\"formatVersion\": 1, \"name\": \"n\", \"nodes\": {}}|1|44|field 'nodes' must be an array, was object",
        "node not object|{\"formatVersion\": 1, \"name\": \"n\", \"nodes\": [3]}|1|45|nodes[0] must be a JSON object, was number",
        "node without id|{\"formatVersion\": 1, \"name\": \"n\", \"nodes\": [{\"kind\": \"noop\"}]}|1|45|nodes[0]: missing field 'id'",
        "config not object|{\"formatVersion\": 1, \"name\": \"n\", \"nodes\": [{\"id\": \"a\", \"kind\": \"noop\", \"config\": 1}]}|1|83|node 'a': field 'config' must be a JSON object, was number 1",
        "x as text|{\"formatVersion\": 1, \"name\": \"n\", \"nodes\": [{\"id\": \"a\", \"kind\": \"noop\", \"x\": \"1\"}]}|1|78|node 'a': field 'x' must be a number, was string \"1\"",
        "edge without to|{\"formatVersion\": 1, \"name\": \"n\", \"edges\": [{\"from\": \"a\"}]}|1|45|edges[0]: missing field 'to'",
        "member not string|{\"formatVersion\": 1, \"name\": \"n\", \"groups\": [{\"id\": \"g\", \"members\": [\"a\", 2]}]}|1|75|group 'g': field 'members' must hold only strings, found number",
        "group without members|{\"formatVersion\": 1, \"name\": \"n\", \"groups\": [{\"id\": \"g\"}]}|1|46|group 'g': missing field 'members'",
        "policy as text|{\"formatVersion\": 1, \"name\": \"n\", \"groups\": [{\"id\": \"g\", \"members\": [], \"policy\": \"strict\"}]}|1|83|group 'g': policy must be a JSON object, was string",
        "policy without type|{\"formatVersion\": 1, \"name\": \"n\", \"groups\": [{\"id\": \"g\", \"members\": [], \"policy\": {}}]}|1|83|group 'g': policy: missing field 'type'",
        "backoff factor text|{\"formatVersion\": 1, \"name\": \"n\", \"nodes\": [{\"id\": \"a\", \"kind\": \"noop\", \"retryBackoff\": {\"factor\": \"x\"}}]}|1|100|node 'a': retryBackoff: field 'factor' must be a number, was string \"x\"",
        "trailing content|{\"formatVersion\": 1, \"name\": \"n\"} {}|1|35|unexpected content after the end of the JSON value",
        "huge number|{\"formatVersion\": 1, \"name\": \"n\", \"zoom\": 1e999}|1|43|number out of range: 1e999",
    })
    void brokenInputGivesAPositionedError(String label, String json, int line, int column, String detail) {
        DocumentException error = fail(json == null ? "" : json, "case.flow.json");
        assertEquals(detail, error.detail(), label);
        assertEquals(line, error.line(), label + ": line");
        assertEquals(column, error.column(), label + ": column");
        assertEquals("case.flow.json:" + line + ":" + column + ": " + detail, error.getMessage());
    }

    @Test
    void unterminatedInputIsAnErrorNotACrash() {
        DocumentException error = fail("{\"formatVersion\": 1, \"name\": \"n\", \"nodes\": [", "cut.flow.json");
        assertTrue(error.getMessage().startsWith("cut.flow.json:1:"), error.getMessage());
        assertTrue(error.detail().startsWith("malformed JSON: "), error.detail());
    }

    @Test
    void deeplyNestedInputIsAnErrorNotACrash() {
        String json = "{\"formatVersion\": 1, \"name\": \"n\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        DocumentException error = fail(json, "deep.flow.json");
        assertTrue(error.getMessage().startsWith("deep.flow.json:1:"), error.getMessage());
    }

    @Test
    void missingFileNamesTheFile(@TempDir Path folder) {
        DocumentException error = assertThrows(DocumentException.class,
                () -> codec.read(folder.resolve("gone.flow.json")));
        assertEquals("gone.flow.json", error.file());
        assertEquals(0, error.line());
        assertTrue(error.getMessage().startsWith("gone.flow.json: cannot read the file: "), error.getMessage());
    }

    @Test
    void invalidUtf8IsReported(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("latin.flow.json");
        Files.write(file, new byte[] {'{', '"', 'n', (byte) 0xE9, '"', '}'});
        DocumentException error = assertThrows(DocumentException.class, () -> codec.read(file));
        assertEquals("latin.flow.json: the file is not valid UTF-8 text", error.getMessage());
    }

    @Test
    void plainMapErrorsHaveNoPosition() {
        DocumentException error = assertThrows(DocumentException.class,
                () -> codec.fromJsonMap(java.util.Map.of("formatVersion", 1), "embedded"));
        assertEquals("embedded: missing field 'name'", error.getMessage());
    }
}
