package io.github.graflowstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    @Test
    void samplesAreValid() {
        for (String sample : List.of("etl.flow.json", "agent-loop.flow.json", "flaky-retry.flow.json",
                "checkpointing.flow.json")) {
            CommandRunner run = CommandRunner.run("validate", CommandRunner.sample(sample));
            assertEquals(0, run.exitCode, sample + ": " + run.out);
        }
    }

    @Test
    void errorsExitWithThreeAndNameCodesAndNodes() {
        CommandRunner run = CommandRunner.run("validate", CommandRunner.resource("invalid.flow.json"), "--json");
        assertEquals(3, run.exitCode);
        JsonNode json = run.json();
        assertTrue(!json.get("valid").asBoolean());
        List<String> codes = new ArrayList<>();
        json.get("problems").forEach(problem -> codes.add(problem.get("code").asText() + "@" + problem.get("node_id").asText()));
        assertTrue(codes.contains("DUPLICATE_ID@a"), codes.toString());
        assertTrue(codes.stream().anyMatch(code -> code.startsWith("UNKNOWN_REFERENCE")), codes.toString());
        assertTrue(codes.stream().anyMatch(code -> code.startsWith("INVALID_CONFIG@b")), codes.toString());
    }

    @Test
    void diamondWarnsThatTheJoinRunsTwice() {
        CommandRunner run = CommandRunner.run("validate", CommandRunner.resource("diamond.flow.json"));
        assertEquals(0, run.exitCode);
        assertTrue(run.out.contains("MULTIPLE_INCOMING") && run.out.contains("[d]"), run.out);
    }

    @Test
    void unreadableFileExitsWithTwo() {
        CommandRunner run = CommandRunner.run("validate", CommandRunner.resource("broken.flow.json"));
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("broken.flow.json:5:"), run.err);
    }
}
