package io.github.graflowstudio.engine;

import static io.github.graflowstudio.engine.EngineTestSupport.context;
import static io.github.graflowstudio.engine.EngineTestSupport.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.EngineTestSupport.Events;
import io.github.graflowstudio.engine.EngineTestSupport.Log;
import io.github.graflowstudio.engine.event.RunEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scheduler loop on plain graphs: FIFO order, no join without a group, step limits, static cycles, results. */
class SchedulingTest {

    @Test
    void aChainRunsInOrderAndReturnsTheLastResult() {
        Log log = new Log();
        TaskGraph graph = graph(List.of(log.task("a", 1), log.task("b", 2), log.task("c", 3)), "a>b", "b>c");
        ExecutionContext context = context(graph, "a", 100);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(new RunResult(RunStatus.COMPLETED, 3, 3, null, null), result);
        assertEquals(List.of("a", "b", "c"), log.entries());
        assertEquals(List.of("a", "b", "c"), context.completedTasks());
        assertEquals(Map.of("a", 1, "b", 2, "c", 3), context.results());
        assertTrue(context.queue().isEmpty());
    }

    @Test
    void aDiamondWithoutAGroupRunsTheJoinOncePerPredecessor() {
        Log log = new Log();
        TaskGraph graph = graph(List.of(log.task("a", "A"), log.task("b", "B"), log.task("c", "C"), log.task("d", "D")),
                "a>b", "a>c", "b>d", "c>d");
        List<List<String>> queueBeforeEachStart = new ArrayList<>();
        WorkflowEngine engine = new WorkflowEngine();
        ExecutionContext context = context(graph, "a", 100);
        engine.addListener(event -> {
            if (event instanceof RunEvent.TaskStarting) {
                queueBeforeEachStart.add(context.queue().pendingIds());
            }
        });

        RunResult result = engine.execute(context);

        assertEquals(List.of("a", "b", "c", "d", "d"), log.entries());
        assertEquals(List.of(List.of("a"), List.of("b", "c"), List.of("c", "d"), List.of("d", "d"), List.of("d")),
                queueBeforeEachStart, "once b and c have both finished the queue holds [d, d]");
        assertEquals(List.of("a", "b", "c", "d"), context.completedTasks(), "completed ids are unique");
        assertEquals(5, result.steps());
        assertEquals(2, context.cycles().count("d"));
    }

    @Test
    void maxStepsLeavesTheNextTaskPending() {
        Log log = new Log();
        TaskGraph graph = graph(List.of(log.task("a", 1), log.task("b", 2), log.task("c", 3)), "a>b", "b>c");
        ExecutionContext context = context(graph, "a", 1);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.MAX_STEPS, result.status());
        assertEquals(1, result.steps());
        assertEquals(List.of("a"), log.entries());
        assertEquals(List.of("b"), context.queue().pendingIds(), "unlike Graflow, the dequeued id is not dropped");
        assertNull(result.error());
    }

    @Test
    void reachingMaxStepsWithAnEmptyQueueIsACompletedRun() {
        TaskGraph graph = graph(List.of(Tasks.noop("a"), Tasks.noop("b")), "a>b");
        assertEquals(RunStatus.COMPLETED, new WorkflowEngine().execute(context(graph, "a", 2)).status());
    }

    @Test
    void aStaticCycleIsBoundedOnlyByMaxSteps() {
        Log log = new Log();
        TaskGraph graph = graph(List.of(log.task("a", "A"), log.task("b", "B")), "a>b", "b>a");
        ExecutionContext context = context(graph, "a", 25);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.MAX_STEPS, result.status());
        assertEquals(25, log.entries().size());
        assertEquals(13, context.cycles().count("a"), "far beyond the default max cycles of 10: nothing checks them");
        assertEquals(12, context.cycles().count("b"));
        assertEquals(List.of("b"), context.queue().pendingIds());
    }

    @Test
    void aStaticCycleEndsWhenATaskTerminates() {
        TaskGraph graph = graph(List.of(Tasks.of("a", ctx -> {
            if (ctx.cycleCount() == 3) {
                ctx.terminateWorkflow("enough");
            }
            return ctx.cycleCount();
        }), Tasks.noop("b")), "a>b", "b>a");
        ExecutionContext context = context(graph, "a", 1000);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.TERMINATED, result.status());
        assertEquals(5, result.steps());
        assertEquals(3, result.lastResult());
    }

    @Test
    void parametersResolveFromUpstreamResultsThenFromChannelKeys() {
        List<Object> seen = new ArrayList<>();
        Task consumer = Tasks.of("consumer", ctx -> {
            seen.add(ctx.param("producer").orElse(null));
            seen.add(ctx.param("producer", Long.class).orElse(null));
            seen.add(ctx.param("threshold", Double.class).orElse(null));
            seen.add(ctx.param("missing"));
            seen.add(ctx.hasParam("threshold"));
            seen.add(ctx.resultAs("producer", Integer.class));
            return null;
        });
        TaskGraph graph = graph(List.of(Tasks.of("producer", ctx -> 41), consumer), "producer>consumer");
        ExecutionContext context = ExecutionContext.builder(graph).startNode("producer")
                .initialChannel(Map.of("threshold", 2, "producer", "shadowed by the result key")).build();

        new WorkflowEngine().execute(context);

        assertEquals(List.of(41, 41L, 2.0, Optional.empty(), true, Optional.of(41)), seen);
    }

    @Test
    void typedChannelAccessConvertsNumbersAndNamesMismatches() {
        MemoryChannel channel = new MemoryChannel();
        channel.set("n", 3L);
        channel.set("s", "text");
        assertEquals(Optional.of(3), channel.get("n", Integer.class));
        assertEquals(Optional.of(3.0), channel.get("n", Double.class));
        assertEquals(Optional.empty(), channel.get("absent", Integer.class));
        ClassCastException error = assertThrows(ClassCastException.class, () -> channel.get("s", Integer.class));
        assertEquals("Channel key 's' holds String, expected Integer", error.getMessage());
        assertEquals(null, channel.get("absent", (Object) null));
    }

    @Test
    void aTypedChannelChecksValuesAgainstItsSchema() {
        MemoryChannel channel = new MemoryChannel();
        TypedChannel progress = new TypedChannel(channel, Map.of("step", Integer.class, "note", String.class));

        progress.set("progress", Map.of("step", 3L, "note", "half way"));
        assertEquals(Map.of("step", 3, "note", "half way"), progress.get("progress").orElseThrow());
        assertEquals(Integer.class, progress.get("progress").orElseThrow().get("step").getClass());

        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
                () -> progress.set("bad", Map.of("step", 1, "note", "x", "more", true)));
        assertTrue(extra.getMessage().endsWith("unexpected field 'more'"), extra.getMessage());
        assertThrows(IllegalArgumentException.class, () -> progress.set("bad", Map.of("step", 1)));
        assertThrows(IllegalArgumentException.class, () -> progress.set("bad", Map.of("step", "one", "note", "x")));
        assertThrows(IllegalArgumentException.class, () -> progress.set("bad", Map.of("step", 1.5, "note", "x")));

        channel.set("foreign", Map.of("step", "3", "note", "x"));
        assertEquals(Optional.empty(), progress.get("foreign"), "a value that fails the check reads as absent");
        assertEquals(Optional.empty(), progress.get("missing"));
        assertTrue(progress.matches(Map.of("step", 1, "note", "n")));
    }

    @Test
    void theQueueAlwaysHoldsTheGraphsOwnTaskEvenAfterReplacement() {
        TaskGraph graph = graph(List.of(Tasks.of("a", ctx -> "old")));
        ExecutionContext context = context(graph, "a", 10);
        Task replacement = Tasks.of("a", ctx -> "new");

        graph.replaceTask(replacement);

        assertSame(replacement, context.queue().pendingSpecs().get(0).task());
        assertEquals("new", new WorkflowEngine().execute(context).lastResult());
    }

    @Test
    void aBoundedCopyOfTheQueueKeepsQueueOrder() {
        ExecutionContext context = context(graph(List.of(Tasks.noop("a"), Tasks.noop("b"), Tasks.noop("c"))), "a", 10);
        context.enqueue("c");
        context.enqueue("b");

        assertEquals(List.of("a", "c"), context.queue().pendingSpecs(2).stream().map(TaskSpec::taskId).toList());
        assertEquals(3, context.queue().pendingSpecs(10).size());
        assertTrue(context.queue().pendingSpecs(0).isEmpty());
        assertEquals(3, context.queue().size(), "copying takes nothing");
    }

    @Test
    void anUnknownIdCannotBeQueued() {
        ExecutionContext context = context(graph(List.of(Tasks.noop("a"))), "a", 10);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> context.enqueue("ghost"));
        assertEquals("Task 'ghost' not found in graph. Available nodes: [a]", error.getMessage());
    }

    @Test
    void aFailureWithoutRetriesIsWrappedAsGraflowDoes() {
        TaskGraph graph = graph(List.of(Tasks.of("boom", ctx -> {
            throw new IllegalStateException("kaput");
        }), Tasks.noop("after")), "boom>after");
        ExecutionContext context = context(graph, "boom", 10);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.FAILED, result.status());
        assertEquals("boom", result.failedTaskId());
        assertEquals(GraflowRuntimeException.class, result.error().getClass());
        assertEquals("An error occurred: kaput (caused by java.lang.IllegalStateException: kaput)", result.errorMessage());
        assertTrue(context.result("boom", null) instanceof IllegalStateException, "the exception is the task's result");
        assertEquals(List.of(), context.completedTasks());
        assertEquals(0, result.steps());
    }

    @Test
    void aTaskAssertionErrorIsATaskFailureNotACrash() {
        TaskGraph graph = graph(List.of(Tasks.of("assertive", ctx -> {
            throw new AssertionError("invariant broken");
        })));
        RunResult result = new WorkflowEngine().execute(context(graph, "assertive", 10));
        assertEquals(RunStatus.FAILED, result.status());
        assertEquals("An error occurred: invariant broken (caused by java.lang.AssertionError: invariant broken)",
                result.errorMessage());
    }

    @Test
    void executingAgainAtTheStepLimitRunsNothingAndKeepsTheQueue() {
        Log log = new Log();
        TaskGraph graph = graph(List.of(log.task("a", 1), log.task("b", 2), log.task("c", 3)), "a>b", "b>c");
        ExecutionContext context = context(graph, "a", 2);
        WorkflowEngine engine = new WorkflowEngine();
        assertEquals(RunStatus.MAX_STEPS, engine.execute(context).status());
        Events events = new Events();
        engine.addListener(events);

        RunResult again = engine.execute(context);

        assertEquals(RunStatus.MAX_STEPS, again.status());
        assertEquals(List.of("a", "b"), log.entries());
        assertEquals(List.of("RunStarted c", "TaskQueued c 1", "RunFinished max_steps 2"), events.lines());
        assertEquals(List.of("c"), context.queue().pendingIds());
    }
}
