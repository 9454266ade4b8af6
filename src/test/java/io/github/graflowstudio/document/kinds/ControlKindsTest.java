package io.github.graflowstudio.document.kinds;

import static io.github.graflowstudio.document.Runs.chain;
import static io.github.graflowstudio.document.Runs.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.Runs;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.engine.CheckpointRequest;
import io.github.graflowstudio.engine.RetryLimitExceededException;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.WorkflowCanceledException;
import io.github.graflowstudio.engine.WorkflowEngine;
import io.github.graflowstudio.engine.event.RunEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** fail, sleep, terminate, cancel, checkpoint and echo/noop on the real engine. */
class ControlKindsTest {

    @Test
    void failSucceedsAfterItsPlannedFailuresWhenRetriesAllowIt() {
        WorkflowDocument document = chain(node("flaky", "fail", Map.of("failures", 2, "message", "down", "value", "up")))
                .updateNode("flaky", node -> node.withMaxRetries(2).withRetryBackoff(RetryBackoff.of(1, 2.0, 5, false)));
        WorkflowEngine engine = new WorkflowEngine();
        List<RunEvent> events = new ArrayList<>();
        engine.addListener(events::add);
        Runs.Outcome outcome = Runs.run(document, engine);
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        assertEquals("up", outcome.result("flaky"));
        List<RunEvent.TaskRetried> retries = events.stream().filter(RunEvent.TaskRetried.class::isInstance)
                .map(RunEvent.TaskRetried.class::cast).toList();
        assertEquals(2, retries.size());
        assertEquals(List.of(1L, 2L), retries.stream().map(RunEvent.TaskRetried::delayMillis).toList());
    }

    @Test
    void failGivesUpWhenRetriesRunOut() {
        WorkflowDocument document = chain(node("flaky", "fail", Map.of("failures", 3, "message", "down")))
                .updateNode("flaky", node -> node.withMaxRetries(1));
        Runs.Outcome outcome = Runs.run(document);
        assertEquals(RunStatus.FAILED, outcome.result().status());
        RetryLimitExceededException error = assertInstanceOf(RetryLimitExceededException.class, outcome.result().error());
        assertTrue(error.getMessage().contains("2/1"), error.getMessage());
        assertEquals("down", outcome.context().retries().lastError("flaky"));
    }

    @Test
    void failWithoutRetriesFailsAtOnceWithItsMessage() {
        Runs.Outcome outcome = Runs.run(chain(node("boom", "fail", Map.of())));
        assertEquals(RunStatus.FAILED, outcome.result().status());
        assertTrue(outcome.result().errorMessage().contains("planned failure"), outcome.result().errorMessage());
        assertInstanceOf(PlannedFailureException.class, outcome.result().error().getCause());
    }

    @Test
    void zeroFailuresJustReturnsTheValue() {
        assertEquals(5L, Runs.run(chain(node("ok", "fail", Map.of("failures", 0, "value", 5)))).result("ok"));
    }

    @Test
    void terminateStopsTheRunNormally() {
        Runs.Outcome outcome = Runs.run(chain(node("a", "echo", Map.of("value", 1)),
                node("stop", "terminate", Map.of("message", "enough")), node("never", "noop", Map.of())));
        assertEquals(RunStatus.TERMINATED, outcome.result().status());
        assertEquals(List.of("a", "stop"), outcome.context().completedTasks());
    }

    @Test
    void cancelStopsTheRunAsCancelled() {
        Runs.Outcome outcome = Runs.run(chain(node("stop", "cancel", Map.of("message", "no")),
                node("never", "noop", Map.of())));
        assertEquals(RunStatus.CANCELLED, outcome.result().status());
        WorkflowCanceledException error = assertInstanceOf(WorkflowCanceledException.class, outcome.result().error());
        assertTrue(error.getMessage().contains("no"), error.getMessage());
        assertEquals(List.of(), outcome.context().completedTasks());
    }

    @Test
    void sleepWaitsAndIsInterruptible() throws Exception {
        long started = System.nanoTime();
        Runs.Outcome outcome = Runs.run(chain(node("nap", "sleep", Map.of("millis", 50))));
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        assertTrue(System.nanoTime() - started >= 50_000_000L);

        Runs.Outcome[] interrupted = new Runs.Outcome[1];
        Thread runner = new Thread(() -> interrupted[0] = Runs.run(chain(node("long", "sleep", Map.of("millis", 60_000)))));
        runner.start();
        Thread.sleep(200);
        runner.interrupt();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> runner.join());
        assertEquals(RunStatus.FAILED, interrupted[0].result().status());
        assertInstanceOf(InterruptedException.class, interrupted[0].result().error().getCause());
    }

    @Test
    void deferredCheckpointIsRequestedWithItsMetadataAndPath() {
        List<CheckpointRequest> written = new ArrayList<>();
        WorkflowEngine engine = new WorkflowEngine();
        engine.setCheckpointWriter((context, request) -> {
            written.add(request);
            return "cp/base";
        });
        Runs.Outcome outcome = Runs.run(chain(node("a", "echo", Map.of("value", 1)),
                node("save", "checkpoint", Map.of("path", "cp/base", "metadata", Map.of("stage", "one"))),
                node("b", "echo", Map.of("value", 2))), engine);
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        assertEquals(1, written.size());
        CheckpointRequest request = written.get(0);
        assertEquals("deferred", request.mode());
        assertEquals("cp/base", request.path());
        assertNull(request.resumingTaskId());
        assertEquals("one", request.metadata().get("stage"));
        assertEquals("save", request.metadata().get("task_id"));
        assertNull(outcome.result("save"));
    }

    @Test
    void immediateCheckpointIsWrittenAtOnceNamingTheTaskToResume() {
        List<CheckpointRequest> written = new ArrayList<>();
        WorkflowEngine engine = new WorkflowEngine();
        engine.setCheckpointWriter((context, request) -> {
            written.add(request);
            return "cp/now";
        });
        Runs.run(chain(node("save", "checkpoint", Map.of("immediate", true))), engine);
        assertEquals("immediate", written.get(0).mode());
        assertEquals("save", written.get(0).resumingTaskId());
    }

    @Test
    void withoutAWriterAnImmediateCheckpointIsSkippedButADeferredOneFailsTheRun() {
        assertEquals(RunStatus.COMPLETED,
                Runs.run(chain(node("save", "checkpoint", Map.of("immediate", true)))).result().status());
        Runs.Outcome deferred = Runs.run(chain(node("save", "checkpoint", Map.of())));
        assertEquals(RunStatus.FAILED, deferred.result().status());
        assertTrue(deferred.result().errorMessage().contains("no checkpoint writer"), deferred.result().errorMessage());
    }

    @Test
    void echoReturnsAnImmutableCopyOfItsValue() {
        Object value = Runs.run(chain(node("e", "echo", Map.of("value", List.of(1, Map.of("a", true)))))).result("e");
        assertEquals(List.of(1L, Map.of("a", true)), value);
        assertNull(Runs.run(chain(node("n", "noop", Map.of()))).result("n"));
    }
}
