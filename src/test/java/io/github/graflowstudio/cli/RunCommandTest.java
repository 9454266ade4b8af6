package io.github.graflowstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path folder;

    private static List<String> traceIds(JsonNode json) {
        List<String> ids = new ArrayList<>();
        json.get("trace").forEach(entry -> ids.add(entry.get("task_id").asText() + ":" + entry.get("outcome").asText()));
        return ids;
    }

    @Test
    void etlSampleRunsToCompletionWithTheGroupJoiningOnce() {
        CommandRunner run = CommandRunner.run("run", CommandRunner.sample("etl.flow.json"), "--json");
        assertEquals(0, run.exitCode, run.err);
        JsonNode json = run.json();
        assertEquals("completed", json.get("status").asText());
        assertEquals(List.of("fetch:success", "count:success", "total:success", "maximum:success",
                "transforms:success", "store:success"), traceIds(json));
        assertEquals(14, json.get("results").get("total").asInt());
        assertEquals(0, json.get("pending").size());
        assertTrue(json.get("error").isNull());
        assertEquals(List.of("status", "steps", "trace", "results", "pending", "error"), fieldNames(json));
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void diamondWithoutAGroupRunsTheJoinTwice() {
        JsonNode json = CommandRunner.run("run", CommandRunner.resource("diamond.flow.json"), "--json").json();
        assertEquals(List.of("a:success", "b:success", "c:success", "d:success", "d:success"), traceIds(json));
        assertEquals(5, json.get("results").get("d").asInt());
    }

    @Test
    void unknownStartNodeIsRefusedWithTheAvailableNodes() {
        CommandRunner run = CommandRunner.run("run", CommandRunner.sample("etl.flow.json"), "--start", "nope");
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("Start node 'nope' not found in graph. Available nodes: [fetch, count, total, "
                + "maximum, store, transforms]"), run.err);
    }

    @Test
    void explicitStartNodeIsUsed() {
        CommandRunner run = CommandRunner.run("run", CommandRunner.resource("diamond.flow.json"), "--start", "c", "--json");
        JsonNode json = run.json();
        // d = b + c, and b never ran from this start: the expression fails naming the variable
        assertEquals(List.of("c:success", "d:error"), traceIds(json));
        assertEquals(1, run.exitCode);
        assertTrue(json.get("error").asText().contains("b"), json.get("error").asText());
    }

    @Test
    void ambiguousStartListsTheCandidates() {
        CommandRunner run = CommandRunner.run("run", CommandRunner.resource("two-roots.flow.json"));
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("left") && run.err.contains("right"), run.err);
    }

    @Test
    void brokenJsonNamesFileLineAndColumn() {
        CommandRunner run = CommandRunner.run("run", CommandRunner.resource("broken.flow.json"));
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("broken.flow.json:5:"), run.err);
    }

    @Test
    void invalidDocumentIsBadInput() {
        CommandRunner run = CommandRunner.run("run", CommandRunner.resource("invalid.flow.json"));
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("DUPLICATE_ID") && run.err.contains("ghost"), run.err);
    }

    @Test
    void missingFileIsBadInput() {
        CommandRunner run = CommandRunner.run("run", folder.resolve("nothing.flow.json").toString());
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("nothing.flow.json"), run.err);
    }

    @Test
    void retriesShowEveryAttemptInTheTrace() {
        JsonNode json = CommandRunner.run("run", CommandRunner.sample("flaky-retry.flow.json"), "--json").json();
        assertEquals("completed", json.get("status").asText());
        List<String> trace = traceIds(json);
        assertEquals(List.of("begin:success", "flaky:retry", "flaky:retry", "flaky:success", "report:success"), trace);
        assertEquals(3, json.get("trace").get(3).get("attempt").asInt());
    }

    @Test
    void failureExitsWithOneAndReportsTheError() {
        CommandRunner run = CommandRunner.run("run", CommandRunner.resource("failing.flow.json"), "--json");
        assertEquals(1, run.exitCode);
        JsonNode json = run.json();
        assertEquals("failed", json.get("status").asText());
        assertTrue(json.get("error").asText().contains("disk full"));
        assertEquals(List.of("first:success", "broken:error"), traceIds(json));
    }

    @Test
    void maxStepsLeavesTheNextTaskPending() {
        CommandRunner run = CommandRunner.run("run", CommandRunner.resource("diamond.flow.json"), "--max-steps", "2",
                "--json");
        assertEquals(1, run.exitCode);
        JsonNode json = run.json();
        assertEquals("max_steps", json.get("status").asText());
        assertEquals(2, json.get("steps").asInt());
        assertEquals("[\"c\",\"d\"]", json.get("pending").toString());
    }

    @Test
    void terminateEndsNormallyWithoutSuccessors() {
        CommandRunner run = CommandRunner.run("run", CommandRunner.resource("control.flow.json"), "--json");
        assertEquals(0, run.exitCode, run.out + run.err);
        JsonNode json = run.json();
        assertEquals("terminated", json.get("status").asText());
        assertEquals(List.of("begin:success", "check:success", "stop:success"), traceIds(json));
    }

    @Test
    void checkpointThenResumeFinishesTheRun() throws Exception {
        Path dir = folder.resolve("sets");
        CommandRunner first = CommandRunner.run("run", CommandRunner.sample("checkpointing.flow.json"),
                "--checkpoint-dir", dir.toString(), "--json");
        assertEquals(0, first.exitCode, first.err);
        assertTrue(first.err.contains("checkpoint written"), first.err);
        Path meta;
        try (Stream<Path> files = Files.walk(dir)) {
            meta = files.filter(p -> p.toString().endsWith(".meta.json")).findFirst().orElseThrow();
        }
        CommandRunner inspect = CommandRunner.run("inspect", meta.toString(), "--json");
        assertEquals(0, inspect.exitCode, inspect.out + inspect.err);
        assertEquals("studio", inspect.json().get("format").asText());

        CommandRunner resumed = CommandRunner.run("run", CommandRunner.sample("checkpointing.flow.json"), "--resume",
                meta.toString(), "--checkpoint-dir", folder.resolve("again").toString(), "--json");
        assertEquals(0, resumed.exitCode, resumed.err);
        JsonNode json = resumed.json();
        assertEquals("completed", json.get("status").asText());
        assertEquals("save:success", traceIds(json).get(0));
        assertEquals("processed 30 units", json.get("results").get("finish").asText());
    }
}
