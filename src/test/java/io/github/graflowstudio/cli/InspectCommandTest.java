package io.github.graflowstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code inspect} command: text, JSON report and exit codes. */
class InspectCommandTest {
    private static final Path FIXTURES = Path.of(System.getProperty("studio.shared.dir", "../shared"), "fixtures",
            "graflow-checkpoints");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StudioCommandLine.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void cleanSetPrintsTheTableAndExitsZero() {
        Run run = run("inspect", FIXTURES.resolve("b1_fanout_parallel_group/checkpoint.state.json").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Format      graflow"), run.out());
        assertTrue(run.out().contains("Pickle      5598 bytes, protocol 5, 1833 opcodes, valid"), run.out());
        assertTrue(run.out().contains("  1  audit"), run.out());
        assertTrue(run.out().contains("Worst severity: none"), run.out());
    }

    @Test
    void errorFlagsExitThreeAndWarningsZero() {
        Run garbage = run("inspect", FIXTURES.resolve("g3_garbage_pkl").toString());
        assertEquals(3, garbage.code());
        assertTrue(garbage.out().contains("[error] PKL_INVALID"), garbage.out());
        assertTrue(garbage.out().contains("hint: "), garbage.out());
        assertEquals(0, run("inspect", FIXTURES.resolve("o2_old_mixed_strategies/checkpoint").toString()).code());
    }

    @Test
    void notACheckpointExitsTwo(@TempDir Path folder) throws IOException {
        Run missing = run("inspect", folder.resolve("nothing").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("is not a checkpoint"), missing.err());
        Files.writeString(folder.resolve("notes.txt"), "hello");
        assertEquals(2, run("inspect", folder.resolve("notes.txt").toString()).code());
        assertEquals(2, run("inspect", folder.toString()).code());
        assertEquals(2, run("inspect", "--limit", "-1", FIXTURES.resolve("a1_chain_deferred").toString()).code());
    }

    @Test
    void jsonReportHasTheContractStructure() throws IOException {
        Run run = run("inspect", "--json", FIXTURES.resolve("c1_next_iteration/checkpoint.pkl").toString());
        assertEquals(0, run.code(), run.err());
        JsonNode report = MAPPER.readTree(run.out());
        assertEquals(List.of("format", "base", "files", "pkl", "state", "meta", "pending", "flags", "worst_severity"),
                names(report));
        assertEquals("graflow", report.get("format").asText());
        assertEquals(List.of("state", "meta", "pkl", "context"), names(report.get("files")));
        assertEquals("missing", report.get("files").get("context").asText());
        assertEquals(List.of("size", "protocol", "opcodes", "valid"), names(report.get("pkl")));
        assertEquals(1508, report.get("pkl").get("opcodes").asInt());
        assertEquals(List.of("session_id", "steps", "start_node", "completed_tasks", "cycle_counts",
                "resuming_task_id", "pending_count"), names(report.get("state")));
        assertEquals(3, report.get("state").get("cycle_counts").get("refine").asInt());
        assertEquals(List.of("checkpoint_id", "created_at", "user_metadata"), names(report.get("meta")));
        assertEquals(0.75, report.get("meta").get("user_metadata").get("score").asDouble());
        JsonNode entry = report.get("pending").get(0);
        assertEquals(List.of("index", "task_id", "task_id_display", "status", "retry_count", "max_retries",
                "last_error", "strategy", "serializable", "flags"), names(entry));
        assertEquals("refine_cycle_3_9c664b0b", entry.get("task_id").asText());
        assertTrue(entry.get("strategy").isNull());
        assertTrue(entry.get("serializable").asBoolean());
        assertEquals("ITERATION_TASK_PENDING", entry.get("flags").get(0).asText());
        JsonNode flag = report.get("flags").get(0);
        assertEquals(List.of("code", "severity", "message", "task_id", "hint"), names(flag));
        assertEquals("info", flag.get("severity").asText());
        assertEquals("info", report.get("worst_severity").asText());
    }

    @Test
    void limitCutsThePendingListButNotTheFlags() throws IOException {
        Path set = FIXTURES.resolve("o2_old_mixed_strategies/checkpoint");
        JsonNode report = MAPPER.readTree(run("inspect", set.toString(), "--json", "--limit", "2").out());
        assertEquals(2, report.get("pending").size());
        assertEquals(6, report.get("state").get("pending_count").asInt());
        assertEquals(6, report.get("flags").size());
        assertEquals(0, MAPPER.readTree(run("inspect", set.toString(), "--json", "--limit", "0").out())
                .get("pending").size());
        String text = run("inspect", set.toString(), "--limit", "1").out();
        assertTrue(text.contains("Pending (6, first 1 shown)"), text);
    }

    @Test
    void oddIdsAreExactInJsonAndVisibleInText(@TempDir Path folder) throws IOException {
        Path base = folder.resolve("odd");
        String state = Files.readString(FIXTURES.resolve("a1_chain_deferred/checkpoint.state.json"))
                .replace("\"step_3\"", "\"step\\u200b3\\n\\ud800\"");
        Files.writeString(folder.resolve("odd.state.json"), state);
        Files.copy(FIXTURES.resolve("a1_chain_deferred/checkpoint.meta.json"), folder.resolve("odd.meta.json"));
        Files.copy(FIXTURES.resolve("a1_chain_deferred/checkpoint.pkl"), folder.resolve("odd.pkl"));
        Run json = run("inspect", "--json", base.toString());
        JsonNode entry = MAPPER.readTree(json.out()).get("pending").get(0);
        assertEquals("step\u200b3\n\ud800", entry.get("task_id").asText());
        assertEquals("step\\u200b3\\n\\ud800", entry.get("task_id_display").asText());
        assertTrue(json.out().contains("\\ud800"), json.out());
        Run text = run("inspect", base.toString());
        assertTrue(text.out().contains("step\\u200b3\\n\\ud800"), text.out());
        assertEquals(0, text.code());
    }
}
