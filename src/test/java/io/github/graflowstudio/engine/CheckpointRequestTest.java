package io.github.graflowstudio.engine;

import static io.github.graflowstudio.engine.EngineTestSupport.context;
import static io.github.graflowstudio.engine.EngineTestSupport.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the engine writes checkpoints tasks ask for (Graflow §11.1, test_checkpoint_resume_bug.py). */
class CheckpointRequestTest {

    /** What a writer saw at the moment it was called. */
    private record Seen(List<String> completed, int steps, List<String> pending, CheckpointRequest request) {
    }

    private static final class RecordingWriter implements CheckpointWriter {
        final List<Seen> seen = new ArrayList<>();

        @Override
        public String write(ExecutionContext context, CheckpointRequest request) {
            seen.add(new Seen(context.completedTasks(), context.steps(), context.queue().pendingIds(), request));
            return "checkpoints/" + seen.size();
        }
    }

    private static TaskGraph chain(Task step2) {
        return graph(List.of(Tasks.of("step_1", ctx -> 1), step2, Tasks.of("step_3", ctx -> 3)),
                "step_1>step_2", "step_2>step_3");
    }

    @Test
    void aDeferredCheckpointIsWrittenAfterTheTaskAndItsSuccessorsAreQueued() {
        RecordingWriter writer = new RecordingWriter();
        WorkflowEngine engine = new WorkflowEngine();
        engine.setCheckpointWriter(writer);
        ExecutionContext context = context(chain(Tasks.of("step_2", ctx -> {
            ctx.channel().set("written_by_step_2", true);
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("stage", "two");
            user.put("mode", "mine");
            ctx.checkpoint(user, null, true);
            return 2;
        })), "step_1", 10);

        RunResult result = engine.execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(1, writer.seen.size());
        Seen seen = writer.seen.get(0);
        assertEquals(List.of("step_1", "step_2"), seen.completed());
        assertEquals(2, seen.steps());
        assertEquals(List.of("step_3"), seen.pending());
        assertNull(seen.request().resumingTaskId());
        assertEquals("deferred", seen.request().mode());
        Map<String, Object> metadata = seen.request().metadata();
        assertEquals(List.of("stage", "mode", "task_id", "cycle_count", "elapsed_time"), List.copyOf(metadata.keySet()));
        assertEquals("mine", metadata.get("mode"), "keys the user supplied win");
        assertEquals("step_2", metadata.get("task_id"));
        assertEquals(1, metadata.get("cycle_count"));
        assertInstanceOf(Double.class, metadata.get("elapsed_time"));
        assertNull(context.checkpointRequest(), "the request is cleared once written");
    }

    @Test
    void terminateStillWritesThePendingDeferredCheckpoint() {
        RecordingWriter writer = new RecordingWriter();
        WorkflowEngine engine = new WorkflowEngine();
        engine.setCheckpointWriter(writer);
        ExecutionContext context = context(chain(Tasks.of("step_2", ctx -> {
            ctx.checkpoint(null, "cp/base", true);
            ctx.terminateWorkflow("stop here");
            return 2;
        })), "step_1", 10);

        RunResult result = engine.execute(context);

        assertEquals(RunStatus.TERMINATED, result.status());
        assertEquals(1, writer.seen.size());
        assertEquals(List.of("step_1", "step_2"), writer.seen.get(0).completed());
        assertEquals(List.of(), writer.seen.get(0).pending(), "terminate queues no successor: step_3 never runs");
        assertEquals("cp/base", writer.seen.get(0).request().path());
        assertEquals(null, context.result("step_3", null));
    }

    @Test
    void neitherACancelNorAFailureWritesThePendingCheckpoint() {
        RecordingWriter writer = new RecordingWriter();
        WorkflowEngine engine = new WorkflowEngine();
        engine.setCheckpointWriter(writer);

        RunResult cancelled = engine.execute(context(chain(Tasks.of("step_2", ctx -> {
            ctx.checkpoint(null, null, true);
            ctx.cancelWorkflow("no");
            return 2;
        })), "step_1", 10));
        RunResult failed = engine.execute(context(chain(Tasks.of("step_2", ctx -> {
            ctx.checkpoint(null, null, true);
            throw new IllegalStateException("broken");
        })), "step_1", 10));

        assertEquals(RunStatus.CANCELLED, cancelled.status());
        assertEquals(RunStatus.FAILED, failed.status());
        assertEquals(List.of(), writer.seen);
    }

    @Test
    void anImmediateCheckpointIsWrittenInsideTheTaskToResumeIt() {
        RecordingWriter writer = new RecordingWriter();
        WorkflowEngine engine = new WorkflowEngine();
        engine.setCheckpointWriter(writer);
        List<String> returned = new ArrayList<>();
        ExecutionContext context = context(chain(Tasks.of("step_2", ctx -> {
            returned.add(ctx.checkpoint(Map.of(), null, false));
            return 2;
        })), "step_1", 10);

        engine.execute(context);

        assertEquals(List.of("checkpoints/1"), returned);
        Seen seen = writer.seen.get(0);
        assertEquals(List.of("step_1"), seen.completed(), "the current task is not completed yet");
        assertEquals(1, seen.steps());
        assertEquals("step_2", seen.request().resumingTaskId());
        assertEquals("immediate", seen.request().mode());
        assertEquals(1, seen.request().metadata().get("cycle_count"), "its cycle is already counted");
    }

    @Test
    void withoutAWriterACheckpointRequestFailsTheRun() {
        RunResult result = new WorkflowEngine().execute(context(chain(Tasks.of("step_2", ctx -> {
            ctx.checkpoint(null, null, true);
            return 2;
        })), "step_1", 10));

        assertEquals(RunStatus.FAILED, result.status());
        assertEquals("step_2", result.failedTaskId());
        assertTrue(result.errorMessage().contains("no checkpoint writer is configured"), result.errorMessage());
    }

    @Test
    void aWriterFailureFailsTheRunWithItsMessage() {
        WorkflowEngine engine = new WorkflowEngine();
        engine.setCheckpointWriter((ctx, request) -> {
            throw new IOException("disk full");
        });
        ExecutionContext context = context(chain(Tasks.of("step_2", ctx -> {
            ctx.checkpoint(null, null, true);
            return 2;
        })), "step_1", 10);

        RunResult result = engine.execute(context);

        assertEquals(RunStatus.FAILED, result.status());
        assertEquals("Checkpoint could not be written: disk full", result.errorMessage());
        assertEquals(List.of("step_1", "step_2"), context.completedTasks(), "the task itself had completed");
        assertEquals(List.of("step_3"), context.queue().pendingIds());
    }
}
