package io.github.graflowstudio.document.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.compile.CompiledWorkflow;
import io.github.graflowstudio.document.compile.WorkflowCompiler;
import io.github.graflowstudio.document.values.JsonValues;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.WorkflowEngine;
import io.github.graflowstudio.engine.event.RunEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs exported scripts on a small Python test double of Graflow (src/test/resources/export/
 * fake-graflow, NOT Python Graflow) and compares the order of the completed top-level tasks and
 * every result with a run of the same document on our engine.
 */
class GraflowEmulationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A top-level completion: the task and its result. */
    private record Step(String task, Object result) {
    }

    @Test
    void echoExprBranchGroupRetryAndTerminateRunInTheEngineOrder(@TempDir Path folder) throws Exception {
        Optional<Path> python = ExternalTools.find("python3");
        assumeTrue(python.isPresent(), "python3 is not installed");
        List<String> order = compare(python.get(), emulationDocument(), folder);
        assertEquals(List.of("seed", "count up", "check", "count up", "check", "count up", "check", "fan", "merge",
                "nap", "flaky", "report", "stop"), order);
    }

    @Test
    void flakyRetrySampleRunsInTheEngineOrder(@TempDir Path folder) throws Exception {
        Optional<Path> python = ExternalTools.find("python3");
        assumeTrue(python.isPresent(), "python3 is not installed");
        WorkflowDocument sample = ExportDocuments.sample("flaky-retry");
        // no waiting in the test: the same retries without backoff
        WorkflowDocument quick = sample.updateNode("flaky", node -> node.withRetryBackoff(null));
        assertEquals(List.of("begin", "flaky", "report"), compare(python.get(), quick, folder));
    }

    /** Runs both, compares, and returns the top-level order. */
    private static List<String> compare(Path python, WorkflowDocument document, Path folder) throws Exception {
        List<Step> javaSteps = Collections.synchronizedList(new ArrayList<>());
        CompiledWorkflow compiled = new WorkflowCompiler().compile(document);
        ExecutionContext context = compiled.newContext(1000);
        WorkflowEngine engine = new WorkflowEngine();
        engine.addListener(event -> {
            if (event instanceof RunEvent.TaskSucceeded succeeded && succeeded.sessionId().equals(context.sessionId())) {
                javaSteps.add(new Step(succeeded.taskId(), plain(succeeded.result())));
            }
        });
        RunResult run = engine.execute(context);
        assertTrue(run.status() == RunStatus.COMPLETED || run.status() == RunStatus.TERMINATED,
                () -> run.status() + ": " + run.errorMessage());

        Path fake = folder.resolve("fake");
        copyFakeGraflow(fake);
        Path script = folder.resolve("workflow.py");
        Files.writeString(script, new GraflowPythonExporter(1000).export(document), StandardCharsets.UTF_8);
        ExternalTools.Result result = ExternalTools.run(List.of(python.toString(), script.toString()),
                Map.of("PYTHONPATH", fake.toString(), "PYTHONDONTWRITEBYTECODE", "1"), folder);
        assertEquals(0, result.exitCode(), result.err());

        List<Step> pythonSteps = new ArrayList<>();
        Map<String, Object> pythonResults = new LinkedHashMap<>();
        for (String line : result.out().lines().toList()) {
            Map<?, ?> parsed = JSON.readValue(line, Map.class);
            if (parsed.containsKey("results")) {
                ((Map<?, ?>) parsed.get("results")).forEach((id, value) -> pythonResults.put((String) id, plain(value)));
            } else {
                pythonSteps.add(new Step((String) parsed.get("task"), plain(parsed.get("result"))));
            }
        }
        assertEquals(javaSteps, pythonSteps);
        List<String> order = pythonSteps.stream().map(Step::task).toList();
        assertTrue(pythonResults.keySet().containsAll(order), pythonResults::toString);
        pythonResults.forEach((id, value) -> assertEquals(plain(context.result(id, null)), value, "result of " + id));
        return order;
    }

    private static Object plain(Object value) {
        return JsonValues.freeze(JsonValues.toPlain(value));
    }

    private static void copyFakeGraflow(Path target) throws IOException {
        Path source = Path.of("src", "test", "resources", "export", "fake-graflow");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
    }

    /**
     * seed, then a goto loop (count_up, check) three times, a best-effort group whose member has its
     * own successor, a join, a sleep, a task that fails once before a retry succeeds, and a
     * terminate that keeps its successor from running.
     */
    static WorkflowDocument emulationDocument() {
        List<WorkflowNode> nodes = List.of(
                WorkflowNode.of("seed", "echo", Map.of("value", Map.of("limit", 3, "words", List.of("a", "b")))),
                WorkflowNode.of("count up", "expr", Map.of("expression", "(results['count up'] ?? 0) + 1")),
                WorkflowNode.of("check", "branch", Map.of("condition", "results['count up'] < seed.limit",
                        "ifTrue", "count up", "ifFalse", "fan")).withMaxCycles(5),
                WorkflowNode.of("left", "expr", Map.of("expression", "size(seed.words) * 10 / 3")),
                WorkflowNode.of("after_left", "expr", Map.of("expression", "left % 4 - -1")),
                WorkflowNode.of("right", "expr", Map.of("expression",
                        "'n=' + results['count up'] + (results['count up'] > 2 ? '!' : '?')")),
                WorkflowNode.of("merge", "expr", Map.of("expression", "{'left': left, 'right': right, 'after': "
                        + "after_left, 'flag': !(left == 6) || empty(seed.words), 'missing': nothing ?? 'default'}",
                        "store", "merged")),
                WorkflowNode.of("nap", "sleep", Map.of("millis", 1)),
                WorkflowNode.of("flaky", "fail", Map.of("failures", 1, "value", "ok")).withMaxRetries(2),
                WorkflowNode.of("report", "expr", Map.of("expression", "merged.right + ' ' + flaky")),
                WorkflowNode.of("stop", "terminate", Map.of("message", "done")),
                WorkflowNode.of("never", "echo", Map.of("value", "must not run")));
        List<WorkflowEdge> edges = List.of(WorkflowEdge.of("seed", "count up"), WorkflowEdge.of("count up", "check"),
                WorkflowEdge.of("left", "after_left"), WorkflowEdge.of("fan", "merge"), WorkflowEdge.of("merge", "nap"),
                WorkflowEdge.of("nap", "flaky"), WorkflowEdge.of("flaky", "report"), WorkflowEdge.of("report", "stop"),
                WorkflowEdge.of("stop", "never"));
        List<WorkflowGroup> groups = List.of(WorkflowGroup.of("fan", List.of("left", "right"),
                GroupPolicySpec.bestEffort()));
        return new WorkflowDocument(WorkflowDocument.FORMAT_VERSION, "emulation", "seed", nodes, edges, groups,
                Map.of());
    }
}
