package io.github.graflowstudio.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.compile.WorkflowCompiler;
import io.github.graflowstudio.document.json.DocumentCodec;
import io.github.graflowstudio.document.validation.ValidationReport;
import io.github.graflowstudio.document.validation.WorkflowValidator;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.WorkflowEngine;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The sample workflows in assets/samples validate, are canonical, and run to completion. */
class SamplesTest {
    private final DocumentCodec codec = new DocumentCodec();

    @ParameterizedTest
    @ValueSource(strings = {"etl", "agent-loop", "flaky-retry", "checkpointing"})
    void sampleValidatesAndRunsToCompletion(String name) throws Exception {
        WorkflowDocument document = codec.read(Runs.SAMPLES.resolve(name + ".flow.json"));
        ValidationReport report = new WorkflowValidator().validate(document);
        assertFalse(report.hasErrors(), () -> name + ": " + report.errors());
        assertEquals(List.of(), report.warnings(), name);

        WorkflowCompiler compiler = new WorkflowCompiler();
        TaskGraph graph = compiler.compile(document).graph();
        String start = compiler.startNode(document);
        ExecutionContext context = ExecutionContext.create(graph, start, 1000);
        RunResult result = new WorkflowEngine().execute(context);
        assertEquals(RunStatus.COMPLETED, result.status(), () -> name + ": " + result.errorMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"etl", "agent-loop", "flaky-retry", "checkpointing"})
    void sampleFileIsInCanonicalForm(String name) throws Exception {
        var path = Runs.SAMPLES.resolve(name + ".flow.json");
        assertEquals(Files.readString(path), codec.write(codec.read(path)), name + " is not written as the codec writes");
    }

    @Test
    void etlJoinsTheThreeTransformsOnce() throws Exception {
        Runs.Outcome outcome = Runs.run(codec.read(Runs.SAMPLES.resolve("etl.flow.json")));
        assertEquals(Map.of("source", "demo", "count", 5L, "total", 14L, "maximum", 5L), outcome.result("store"));
        assertEquals(outcome.result("store"), outcome.context().channel().get("report"));
        assertEquals(List.of("fetch", "transforms", "store"), outcome.context().completedTasks());
    }

    @Test
    void agentLoopThinksUntilTheGoalThenRefinesThreeTimes() throws Exception {
        Runs.Outcome outcome = Runs.run(codec.read(Runs.SAMPLES.resolve("agent-loop.flow.json")));
        assertEquals(3L, outcome.result("think"));
        assertEquals(Map.of("thoughts", 3L, "refined", 9L), outcome.result("answer"));
        assertEquals(3, outcome.context().cycles().count("refine"));
    }

    @Test
    void flakyRetrySucceedsOnTheThirdAttempt() throws Exception {
        Runs.Outcome outcome = Runs.run(codec.read(Runs.SAMPLES.resolve("flaky-retry.flow.json")));
        assertEquals("ok", outcome.result("flaky"));
        assertEquals("flaky said ok", outcome.result("report"));
    }

    @Test
    void checkpointingRunsThroughWithoutACheckpointWriter() throws Exception {
        Runs.Outcome outcome = Runs.run(codec.read(Runs.SAMPLES.resolve("checkpointing.flow.json")));
        assertEquals("processed 30 units", outcome.result("finish"));
        assertTrue(outcome.context().completedTasks().contains("save"));
    }
}
