package io.github.graflowstudio.checkpoint.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graflowstudio.checkpoint.inspect.json.InspectionJson;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python's non-standard JSON: NaN, Infinity and big integers are kept exactly and flagged. */
class JsonNumbersTest {
    @TempDir
    Path folder;

    @Test
    void nanInfinityAndBigIntegersAreKeptAndFlaggedWithPaths() throws Exception {
        Path base = TestSets.headSet(folder, List.of(TestSets.entry("b")));
        String big = "123456789012345678901234567890";
        Files.writeString(base.resolveSibling("checkpoint.meta.json"), TestSets.json(TestSets.meta())
                .replace("\"stage\" : \"test\"", "\"score\": NaN, \"low\": -Infinity, \"big\": " + big
                        + ", \"weird key\": [Infinity, 1.50, -9223372036854775809], \"max\": 9223372036854775807"));
        CheckpointInspection inspection = TestSets.read(base);
        assertEquals(List.of(FlagCode.NONSTANDARD_JSON_NUMBERS, FlagCode.INT_BEYOND_INT64, FlagCode.INT_BEYOND_INT64),
                inspection.flagCodes(), inspection.flags().toString());
        assertEquals("$.user_metadata.score", inspection.flags().get(0).jsonPath());
        assertTrue(inspection.flags().get(0).message().contains("3 non-standard"), inspection.flags().get(0).message());
        assertEquals("$.user_metadata.big", inspection.flags().get(1).jsonPath());
        assertEquals("$.user_metadata['weird key'][2]", inspection.flags().get(2).jsonPath());
        JsonValue metadata = inspection.meta().userMetadata();
        assertEquals(new JsonValue.NumberValue("NaN"), metadata.get("score"));
        assertEquals(big, ((JsonValue.NumberValue) metadata.get("big")).literal());
        assertEquals("[Infinity, 1.50, -9223372036854775809]", metadata.get("weird key").toJson());

        JsonNode report = Fixtures.MAPPER.readTree(InspectionJson.toJson(inspection));
        JsonNode written = report.get("meta").get("user_metadata");
        assertEquals("NaN", written.get("score").asText());
        assertTrue(written.get("score").isTextual());
        assertEquals(new java.math.BigInteger(big), written.get("big").bigIntegerValue());
        assertEquals("9223372036854775807", written.get("max").asText());
    }

    @Test
    void bigIntegersInTheStateAreKeptInPendingEntries() throws Exception {
        Path base = TestSets.headSet(folder, List.of(TestSets.entry("b")));
        Path state = base.resolveSibling("checkpoint.state.json");
        Files.writeString(state, Files.readString(state).replace("\"retry_count\" : 0",
                "\"retry_count\" : 99999999999999999999999").replace("\"steps\" : 1", "\"steps\" : 1.0"));
        CheckpointInspection inspection = TestSets.read(base);
        assertEquals(List.of(FlagCode.INT_BEYOND_INT64, FlagCode.UNEXPECTED_FIELD, FlagCode.RETRY_RECORDED),
                inspection.flagCodes().subList(0, 3), inspection.flags().toString());
        assertEquals("$.pending_tasks[0].retry_count", inspection.flags().get(0).jsonPath());
        JsonNode entry = Fixtures.MAPPER.readTree(InspectionJson.toJson(inspection)).get("pending").get(0);
        assertEquals("99999999999999999999999", entry.get("retry_count").asText());
    }
}
