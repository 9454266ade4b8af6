package io.github.graflowstudio.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.ReferenceTaskResolver;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import io.github.graflowstudio.engine.Tasks;
import io.github.graflowstudio.engine.WorkflowEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointManagerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path folder;

    /** Kind tasks whose body appends the id to a shared log and returns a string result. */
    static final class LoggingKinds {
        final List<String> log = new ArrayList<>();

        Task make(String id, TaskReference reference, TaskOptions options, TaskGraph graph) {
            TaskReference.Kind kind = (TaskReference.Kind) reference;
            return Tasks.ofKind(id, kind.kind(), kind.config(), ctx -> {
                log.add(ctx.taskId());
                if ("checkpoint".equals(kind.kind())) {
                    ctx.checkpoint(Map.of("stage", "after_" + id), (String) kind.config().get("path"),
                            !Boolean.TRUE.equals(kind.config().get("immediate")));
                }
                return id.toUpperCase();
            }, options);
        }

        Task kind(String id, String kind, Map<String, Object> config) {
            return make(id, new TaskReference.Kind(kind, config), TaskOptions.DEFAULTS, null);
        }
    }

    private TaskGraph chain(LoggingKinds kinds, String checkpointPath, boolean immediate) {
        TaskGraph graph = new TaskGraph();
        graph.addNode(kinds.kind("step_1", "echo", Map.of()));
        graph.addNode(kinds.kind("step_2", "checkpoint", Map.of("path", checkpointPath, "immediate", immediate)));
        graph.addNode(kinds.kind("step_3", "echo", Map.of()));
        graph.addEdge("step_1", "step_2");
        graph.addEdge("step_2", "step_3");
        return graph;
    }

    private CheckpointManager manager(LoggingKinds kinds) {
        return new CheckpointManager(folder.resolve("auto"), new ReferenceTaskResolver(kinds::make));
    }

    @Test
    void deferredCheckpointResumesWithTheSuccessorPending() throws Exception {
        LoggingKinds kinds = new LoggingKinds();
        Path base = folder.resolve("run/chain");
        WorkflowEngine engine = new WorkflowEngine();
        CheckpointManager manager = manager(kinds);
        engine.setCheckpointWriter(manager);
        ExecutionContext context = ExecutionContext.create(chain(kinds, base.toString(), false), "step_1", 10);
        RunResult first = engine.execute(context);
        assertEquals(RunStatus.COMPLETED, first.status());

        JsonNode state = JSON.readTree(CheckpointPaths.file(base, CheckpointPaths.STATE).toFile());
        assertEquals(2, state.get("steps").asInt());
        assertEquals("[\"step_1\",\"step_2\"]", state.get("completed_tasks").toString());
        assertEquals("step_3", state.get("pending_tasks").get(0).get("task_id").asText());
        assertTrue(state.get("pending_tasks").get(0).get("serializable").asBoolean());
        JsonNode meta = JSON.readTree(CheckpointPaths.file(base, CheckpointPaths.META).toFile());
        assertEquals("after_step_2", meta.get("user_metadata").get("stage").asText());
        assertEquals("deferred", meta.get("user_metadata").get("mode").asText());
        assertTrue(meta.get("checkpoint_id").asText().startsWith(context.sessionId() + "_2_"));
        assertTrue(meta.get("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00"));

        LoggingKinds resumedKinds = new LoggingKinds();
        ResumedRun resumed = manager(resumedKinds).resumeFromCheckpoint(CheckpointPaths.file(base, CheckpointPaths.META));
        assertEquals(List.of("step_3"), resumed.context().queue().pendingIds());
        assertEquals(context.sessionId(), resumed.context().sessionId());
        assertEquals("STEP_1", resumed.context().result("step_1", null));
        RunResult second = new WorkflowEngine().execute(resumed.context());
        assertEquals(RunStatus.COMPLETED, second.status());
        assertEquals(List.of("step_3"), resumedKinds.log);
        assertEquals(3, second.steps());
        assertEquals(List.of("step_1", "step_2", "step_3"), resumed.context().completedTasks());
    }

    @Test
    void immediateCheckpointRerunsTheTaskFirstWithTheSameCycleCount() {
        LoggingKinds kinds = new LoggingKinds();
        Path base = folder.resolve("imm");
        WorkflowEngine engine = new WorkflowEngine();
        engine.setCheckpointWriter(manager(kinds));
        ExecutionContext context = ExecutionContext.create(chain(kinds, base.toString(), true), "step_1", 10);
        engine.execute(context);

        ResumedRun resumed = manager(new LoggingKinds()).resumeFromCheckpoint(base);
        assertEquals(List.of("step_2"), resumed.context().queue().pendingIds());
        assertEquals(0, resumed.context().cycles().count("step_2"));
        assertEquals(1, resumed.context().steps());
    }

    @Test
    void seedScenarioCheckpointsTheStartTaskAndResumesToTheEnd() {
        LoggingKinds kinds = new LoggingKinds();
        TaskGraph graph = new TaskGraph();
        graph.addNode(kinds.kind("my_task", "echo", Map.of("value", 1)));
        graph.addNode(kinds.kind("after", "echo", Map.of()));
        graph.addEdge("my_task", "after");
        ExecutionContext context = ExecutionContext.create(graph, "my_task", 10);
        assertSame(graph.task("my_task"), context.queue().pendingSpecs().get(0).task());

        CheckpointResult written = manager(kinds).createCheckpoint(context, folder.resolve("seed"), Map.of(), null);
        assertTrue(written.problems().isEmpty());
        LoggingKinds resumedKinds = new LoggingKinds();
        ResumedRun resumed = manager(resumedKinds).resumeFromCheckpoint(folder.resolve("seed.state.json"));
        RunResult result = new WorkflowEngine().execute(resumed.context());
        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("my_task", "after"), resumedKinds.log);
    }

    @Test
    void lambdaTaskIsWrittenAsNotSerializableAndResumeNeedsTheGraph() throws Exception {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.of("inline", ctx -> 42));
        ExecutionContext context = ExecutionContext.create(graph, "inline", 10);
        context.channel().set("thread", Thread.currentThread());
        CheckpointResult written = manager(new LoggingKinds()).createCheckpoint(context, folder.resolve("lambda"),
                Map.of(), null);
        assertEquals(List.of(WriteProblem.TASK, WriteProblem.VALUE),
                written.problems().stream().map(WriteProblem::code).sorted().toList());
        JsonNode entry = JSON.readTree(folder.resolve("lambda.state.json").toFile()).get("pending_tasks").get(0);
        assertFalse(entry.get("serializable").asBoolean());
        assertTrue(entry.get("reason").asText().contains("inline Java body"));
        JsonNode contextFile = JSON.readTree(folder.resolve("lambda.context.json").toFile());
        assertEquals("thread", contextFile.get("non_serializable_values").get(0).get("key").asText());

        CheckpointLoadException refused = assertThrows(CheckpointLoadException.class,
                () -> manager(new LoggingKinds()).resumeFromCheckpoint(folder.resolve("lambda")));
        assertTrue(refused.getMessage().contains("inline"), refused.getMessage());

        ResumedRun resumed = manager(new LoggingKinds()).resumeFromCheckpoint(folder.resolve("lambda"), graph);
        assertEquals(42, new WorkflowEngine().execute(resumed.context()).lastResult());
        assertNull(resumed.context().channel().get("thread"));
    }

    @Test
    void mixedSetIsRefusedWithTheFieldThatDisagrees() throws Exception {
        LoggingKinds kinds = new LoggingKinds();
        TaskGraph graph = new TaskGraph();
        graph.addNode(kinds.kind("a", "echo", Map.of()));
        ExecutionContext one = ExecutionContext.create(graph, "a", 10);
        ExecutionContext two = ExecutionContext.create(graph, "a", 10);
        manager(kinds).createCheckpoint(one, folder.resolve("x"), Map.of(), null);
        manager(kinds).createCheckpoint(two, folder.resolve("y"), Map.of(), null);
        Files.copy(folder.resolve("y.state.json"), folder.resolve("x.state.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CheckpointLoadException refused = assertThrows(CheckpointLoadException.class,
                () -> manager(kinds).resumeFromCheckpoint(folder.resolve("x")));
        assertTrue(refused.getMessage().contains("mixed: session_id"), refused.getMessage());
    }

    @Test
    void missingMetaMeansIncomplete() {
        LoggingKinds kinds = new LoggingKinds();
        TaskGraph graph = new TaskGraph();
        graph.addNode(kinds.kind("a", "echo", Map.of()));
        manager(kinds).createCheckpoint(ExecutionContext.create(graph, "a", 10), folder.resolve("m"), Map.of(), null);
        assertTrue(folder.resolve("m.meta.json").toFile().delete());
        CheckpointLoadException refused = assertThrows(CheckpointLoadException.class,
                () -> manager(kinds).resumeFromCheckpoint(folder.resolve("m")));
        assertTrue(refused.getMessage().contains("m.meta.json is missing"), refused.getMessage());
    }

    @Test
    void overwriteThatCrashedHalfwayFallsBackToThePreviousSet() throws Exception {
        LoggingKinds kinds = new LoggingKinds();
        TaskGraph graph = new TaskGraph();
        graph.addNode(kinds.kind("a", "echo", Map.of()));
        graph.addNode(kinds.kind("b", "echo", Map.of()));
        graph.addEdge("a", "b");
        ExecutionContext context = ExecutionContext.create(graph, "a", 10);
        CheckpointManager manager = manager(kinds);
        manager.createCheckpoint(context, folder.resolve("same"), Map.of(), null);
        // second write at the same base from a context one step further
        ExecutionContext later = ExecutionContext.builder(graph).sessionId(context.sessionId()).startNode("a").build();
        later.restore(1, List.of("a"), Map.of("a", 1), Map.of(), Map.of(), 0);
        manager.createCheckpoint(later, folder.resolve("same"), Map.of(), null);
        assertTrue(Files.exists(folder.resolve("same.meta.json.prev")));
        // simulate a crash of a third write after the context file was replaced: state/meta disagree
        String text = Files.readString(folder.resolve("same.context.json")).replace("\"steps\" : 1", "\"steps\" : 7");
        Files.writeString(folder.resolve("same.context.json"), text);
        ResumedRun resumed = manager.resumeFromCheckpoint(folder.resolve("same"));
        assertTrue(resumed.fromBackup());
        assertTrue(resumed.note().contains("previous set"));
        assertEquals(0, resumed.context().steps());
    }
}
