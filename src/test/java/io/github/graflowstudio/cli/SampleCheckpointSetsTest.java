package io.github.graflowstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The sample checkpoint sets in {@code assets/checkpoints}: {@code inspect --json} reads each one
 * with the format and the flags its README promises.
 */
class SampleCheckpointSetsTest {
    private static final Path SETS = Path.of("assets", "checkpoints");

    private static JsonNode inspect(String set, int expectedExit) {
        CommandRunner run = CommandRunner.run("inspect", "--json", SETS.resolve(set).toString());
        assertEquals(expectedExit, run.exitCode, run.err);
        return run.json();
    }

    private static Set<String> flagCodes(JsonNode report) {
        Set<String> codes = new TreeSet<>();
        report.get("flags").forEach(flag -> codes.add(flag.get("code").asText()));
        return codes;
    }

    private static List<String> errorFlags(JsonNode report) {
        List<String> errors = new ArrayList<>();
        report.get("flags").forEach(flag -> {
            if (flag.get("severity").asText().equals("error")) {
                errors.add(flag.get("code").asText());
            }
        });
        return errors;
    }

    private static List<String> entryFlags(JsonNode report, String taskId) {
        for (JsonNode entry : report.get("pending")) {
            if (entry.get("task_id").asText().equals(taskId)) {
                List<String> codes = new ArrayList<>();
                entry.get("flags").forEach(code -> codes.add(code.asText()));
                return codes;
            }
        }
        throw new AssertionError("no pending entry " + taskId + " in " + report);
    }

    @Test
    void studioSetFromTheCheckpointingSampleIsClean() {
        JsonNode report = inspect("studio-checkpointing", 0);
        assertEquals("studio", report.get("format").asText());
        assertEquals("ok", report.get("files").get("context").asText());
        assertEquals(List.of(), errorFlags(report));
        assertEquals(Set.of("RESUMES_MID_TASK"), flagCodes(report));
        assertEquals("save", report.get("state").get("resuming_task_id").asText());
        assertEquals(0, report.get("pending").size());
    }

    @Test
    void studioSetResumesTheCheckpointingSample(@org.junit.jupiter.api.io.TempDir Path folder) {
        CommandRunner run = CommandRunner.run("run", CommandRunner.sample("checkpointing.flow.json"), "--json",
                "--resume", SETS.resolve("studio-checkpointing/checkpointing.meta.json").toString(),
                "--checkpoint-dir", folder.toString());
        assertEquals(0, run.exitCode, run.err);
        assertEquals("completed", run.json().get("status").asText());
        assertEquals("processed 30 units", run.json().get("results").get("finish").asText());
    }

    @Test
    void legacyGraflowSetHasFlaggedEntries() {
        JsonNode report = inspect("graflow-legacy-flagged", 0);
        assertEquals("graflow-legacy", report.get("format").asText());
        assertEquals(List.of(), errorFlags(report));
        assertEquals(Set.of("OLD_FORMAT", "COMPLETED_ORDER_UNRELIABLE", "OLD_PICKLE_PAYLOAD",
                "OLD_REFERENCE_UNRESOLVABLE"), flagCodes(report));
        assertEquals("warning", report.get("worst_severity").asText());
        assertEquals(List.of("OLD_REFERENCE_UNRESOLVABLE"), entryFlags(report, "nested_helper_task"));
        assertEquals(List.of("OLD_REFERENCE_UNRESOLVABLE"), entryFlags(report, "placeholder_task"));
        assertEquals(List.of("OLD_PICKLE_PAYLOAD"), entryFlags(report, "lambda_task"));
        assertEquals(List.of(), entryFlags(report, "step_2"));
    }

    @Test
    void currentGraflowSetFlagsItsPendingIteration() {
        JsonNode report = inspect("graflow-iteration", 0);
        assertEquals("graflow", report.get("format").asText());
        assertEquals(List.of(), errorFlags(report));
        assertEquals(Set.of("ITERATION_TASK_PENDING"), flagCodes(report));
        assertEquals(List.of("ITERATION_TASK_PENDING"), entryFlags(report, "refine_cycle_3_9c664b0b"));
        assertTrue(report.get("pkl").get("valid").asBoolean());
    }

    @Test
    void everySampleSetIsCovered() throws java.io.IOException {
        try (var folders = Files.list(SETS)) {
            assertEquals(Set.of("studio-checkpointing", "graflow-legacy-flagged", "graflow-iteration"),
                    folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                            .collect(java.util.stream.Collectors.toSet()));
        }
    }
}
