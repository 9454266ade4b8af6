package io.github.graflowstudio.engine;

import static io.github.graflowstudio.engine.EngineTestSupport.context;
import static io.github.graflowstudio.engine.EngineTestSupport.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.EngineTestSupport.Events;
import io.github.graflowstudio.engine.EngineTestSupport.FakeClock;
import io.github.graflowstudio.engine.EngineTestSupport.Log;
import io.github.graflowstudio.engine.event.RunEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Retries (Graflow §8): backoff, counts, the "3/2" limit error, and what survives a failed attempt. */
class RetryTest {

    /** A body that fails its first {@code failures} calls, then returns "ok". */
    private static TaskBody failingFirst(int failures, AtomicInteger calls) {
        return ctx -> {
            int call = calls.incrementAndGet();
            if (call <= failures) {
                throw new IllegalStateException("attempt " + call + " failed");
            }
            return "ok";
        };
    }

    @Test
    void backoffDelaysDoubleUpToTheCap() {
        FakeClock clock = new FakeClock();
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = new RetryPolicy(4, 1000, 2.0, 4000, false);
        Task flaky = Tasks.of("flaky", failingFirst(4, calls), new TaskOptions(null, policy, null));
        ExecutionContext context = context(graph(List.of(flaky)), "flaky", 100, clock);

        RunResult result = new WorkflowEngine(Runnable::run, clock).execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of(1000L, 2000L, 4000L, 4000L), clock.sleeps());
        assertEquals(5, calls.get());
        assertEquals("ok", result.lastResult());
    }

    @Test
    void graflowsDefaultPolicyStartsAtOneSecond() {
        FakeClock clock = new FakeClock();
        Task flaky = Tasks.of("flaky", failingFirst(3, new AtomicInteger()),
                new TaskOptions(null, RetryPolicy.exponential(3), null));
        new WorkflowEngine(Runnable::run, clock).execute(context(graph(List.of(flaky)), "flaky", 100, clock));
        assertEquals(List.of(1000L, 2000L, 4000L), clock.sleeps());
        assertEquals(60_000L, RetryPolicy.exponential(10).delayMillis(9, 0));
    }

    @Test
    void theRequeuedSpecCarriesTheRetryCountAndLastError() {
        FakeClock clock = new FakeClock();
        AtomicInteger calls = new AtomicInteger();
        Task flaky = Tasks.of("flaky", failingFirst(2, calls), TaskOptions.retries(3));
        TaskGraph graph = graph(List.of(Tasks.noop("first"), flaky, Tasks.noop("other")), "first>flaky", "first>other");
        ExecutionContext context = context(graph, "first", 100, clock);
        List<String> specs = new ArrayList<>();
        WorkflowEngine engine = new WorkflowEngine(Runnable::run, clock);
        engine.addListener(event -> {
            if (event instanceof RunEvent.TaskStarting starting && starting.taskId().equals("flaky")) {
                TaskSpec spec = context.queue().peek();
                specs.add(spec.taskId() + " " + spec.retryCount() + "/" + spec.maxRetries() + " " + spec.lastError()
                        + " attempt " + starting.attempt());
            }
        });

        RunResult result = engine.execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("flaky 0/3 null attempt 1", "flaky 1/3 attempt 1 failed attempt 2",
                "flaky 2/3 attempt 2 failed attempt 3"), specs);
        assertEquals(List.of("first", "other", "flaky"), context.completedTasks(),
                "a retry goes to the end of the FIFO");
        assertEquals(0, context.retries().count("flaky"), "the count is reset when the task succeeds");
        assertEquals("attempt 2 failed", context.retries().lastError("flaky"));
    }

    @Test
    void exhaustingTheRetriesFailsWithThreeOfTwo() {
        FakeClock clock = new FakeClock();
        AtomicInteger calls = new AtomicInteger();
        Task flaky = Tasks.of("flaky", failingFirst(10, calls), TaskOptions.retries(2));
        TaskGraph graph = graph(List.of(flaky, Tasks.noop("after")), "flaky>after");
        ExecutionContext context = context(graph, "flaky", 100, clock);
        Events events = new Events();
        WorkflowEngine engine = new WorkflowEngine(Runnable::run, clock);
        engine.addListener(events);

        RunResult result = engine.execute(context);

        assertEquals(RunStatus.FAILED, result.status());
        RetryLimitExceededException error = assertInstanceOf(RetryLimitExceededException.class, result.error());
        assertEquals("flaky", error.taskId());
        assertEquals(3, error.retryCount());
        assertEquals(2, error.maxRetries());
        assertTrue(error.getMessage().contains("3/2"), error.getMessage());
        assertEquals("Retry limit exceeded for task 'flaky': 3/2 (last error: attempt 3 failed)", error.getMessage());
        assertEquals("attempt 3 failed", error.lastError().getMessage());
        assertSame(error.lastError(), error.getCause());
        assertEquals(3, calls.get());
        assertEquals(3, context.retries().count("flaky"));
        assertEquals(List.of(), context.queue().pendingIds());
        assertEquals(List.of("TaskFailed flaky #1 retry", "TaskRetried flaky 1/2 0ms", "TaskFailed flaky #2 retry",
                "TaskRetried flaky 2/2 0ms", "TaskFailed flaky #3 final"),
                events.lines(e -> e instanceof RunEvent.TaskFailed || e instanceof RunEvent.TaskRetried));
        assertEquals(List.of(), clock.sleeps(), "no policy, no backoff");
    }

    @Test
    void theContextDefaultAppliesToTasksWithoutTheirOwnLimit() {
        AtomicInteger calls = new AtomicInteger();
        TaskGraph graph = graph(List.of(Tasks.of("flaky", failingFirst(1, calls))));
        ExecutionContext context = ExecutionContext.builder(graph).startNode("flaky").defaultMaxRetries(1).build();
        assertEquals(RunStatus.COMPLETED, new WorkflowEngine().execute(context).status());
        assertEquals(2, calls.get());
    }

    @Test
    void aRetryDoesNotCountACycle() {
        List<Integer> seen = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Task flaky = Tasks.of("flaky", ctx -> {
            seen.add(ctx.cycleCount());
            seen.add(ctx.retryCount());
            return failingFirst(2, calls).run(ctx);
        }, TaskOptions.retries(2));
        ExecutionContext context = context(graph(List.of(flaky)), "flaky", 100);

        new WorkflowEngine().execute(context);

        assertEquals(List.of(1, 0, 1, 1, 1, 2), seen, "cycle count stays 1 while retry count climbs");
    }

    @Test
    void aTaskThatOnceRetriedKeepsCountingCyclesInALoop() {
        AtomicInteger calls = new AtomicInteger();
        Task loop = Tasks.of("loop", ctx -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first call fails");
            }
            if (ctx.cycleCount() < 4) {
                ctx.gotoTask("loop");
            }
            return ctx.cycleCount();
        }, TaskOptions.retries(1));
        ExecutionContext context = context(graph(List.of(loop)), "loop", 100);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(4, result.lastResult(), "unlike Graflow, the reset retry count lets cycles count again");
    }

    @Test
    void aDeferredCheckpointRequestedByAFailedAttemptIsWrittenAfterTheNextSuccess() {
        AtomicInteger calls = new AtomicInteger();
        Task flaky = Tasks.of("flaky", ctx -> {
            ctx.checkpoint(Map.of("why", "before the risky part"), null, true);
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("risky part failed");
            }
            return "ok";
        }, TaskOptions.retries(1));
        TaskGraph graph = graph(List.of(Tasks.noop("start"), flaky, Tasks.noop("sibling")), "start>flaky", "start>sibling");
        ExecutionContext context = context(graph, "start", 100);
        List<String> written = new ArrayList<>();
        WorkflowEngine engine = new WorkflowEngine();
        engine.setCheckpointWriter((ctx, request) -> {
            written.add(request.metadata().get("why") + " after " + ctx.completedTasks());
            return "cp" + written.size();
        });

        RunResult result = engine.execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("before the risky part after [start, sibling]", "before the risky part after [start, sibling, flaky]"),
                written, "the failed attempt's request is written after sibling succeeds; the retry asks again");
        assertNull(context.checkpointRequest());
    }
}
