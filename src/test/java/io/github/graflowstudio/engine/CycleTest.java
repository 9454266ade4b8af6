package io.github.graflowstudio.engine;

import static io.github.graflowstudio.engine.EngineTestSupport.context;
import static io.github.graflowstudio.engine.EngineTestSupport.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.EngineTestSupport.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** next_iteration loops and cycle limits (Graflow §7.5, §8). */
class CycleTest {

    private static Task looping(Log log, String id, int iterations, Integer maxCycles) {
        return Tasks.of(id, ctx -> {
            log.add(ctx.taskId().equals(id) ? id : id + "_cycle_" + ctx.taskId().split("_cycle_")[1].split("_")[0]);
            if (ctx.cycleCount() < iterations) {
                ctx.nextIteration(ctx.cycleCount());
            }
            return ctx.iterationData();
        }, new TaskOptions(null, null, maxCycles));
    }

    @Test
    void iterationsInterleaveWithTheSuccessorsOfTheFirstRun() {
        Log log = new Log();
        TaskGraph graph = graph(List.of(looping(log, "loop", 3, null), log.task("after", "done")), "loop>after");
        ExecutionContext context = context(graph, "loop", 100);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("loop", "loop_cycle_1", "after", "loop_cycle_2"), log.entries());
        assertEquals(3, context.cycles().count("loop"));
        assertEquals(2, result.lastResult(), "the last iteration got the data 2");
    }

    @Test
    void iterationIdsHaveTheBaseTheCountAndEightHexDigits() {
        List<String> ids = new ArrayList<>();
        Task loop = Tasks.of("loop", ctx -> {
            if (ctx.cycleCount() < 3) {
                ids.add(ctx.nextIteration());
            }
            return ctx.baseId();
        });
        ExecutionContext context = context(graph(List.of(loop)), "loop", 100);

        new WorkflowEngine().execute(context);

        assertEquals(2, ids.size());
        assertTrue(ids.get(0).matches("loop_cycle_1_[0-9a-f]{8}"), ids.get(0));
        assertTrue(ids.get(1).matches("loop_cycle_2_[0-9a-f]{8}"), ids.get(1));
        assertEquals("loop", context.result(ids.get(1), null), "an iteration's base id is the loop's");
        assertEquals(List.of("loop", ids.get(0), ids.get(1)), context.completedTasks());
    }

    @Test
    void iterationIdsAreTheSameInEveryRunOfTheSameSession() {
        List<List<String>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Log log = new Log();
            Task loop = Tasks.of("loop", ctx -> {
                log.add(ctx.taskId());
                if (ctx.cycleCount() < 4) {
                    ctx.nextIteration();
                }
                return null;
            });
            new WorkflowEngine().execute(context(graph(List.of(loop)), "loop", 100));
            runs.add(log.entries());
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(4, runs.get(0).size());
    }

    @Test
    void askingForOneCycleTooManyFailsWithCycleLimitExceeded() {
        Log log = new Log();
        Task greedy = Tasks.of("greedy", ctx -> {
            log.add(ctx.taskId());
            ctx.nextIteration();
            return null;
        }, new TaskOptions(null, null, 3));
        ExecutionContext context = context(graph(List.of(greedy)), "greedy", 100);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.FAILED, result.status());
        CycleLimitExceededException error = assertInstanceOf(CycleLimitExceededException.class, result.error());
        assertEquals("greedy", error.taskId());
        assertEquals(3, error.cycleCount());
        assertEquals(3, error.maxCycles());
        assertEquals("Cycle limit exceeded for task 'greedy': 3/3", error.getMessage());
        assertEquals(3, log.entries().size());
        assertTrue(result.failedTaskId().startsWith("greedy_cycle_2_"), result.failedTaskId());
    }

    @Test
    void canIterateTellsWhenTheLimitIsReached() {
        List<Boolean> answers = new ArrayList<>();
        Task polite = Tasks.of("polite", ctx -> {
            answers.add(ctx.canIterate());
            if (ctx.canIterate()) {
                ctx.nextIteration();
            }
            return ctx.maxCycles();
        }, new TaskOptions(null, null, 2));
        ExecutionContext context = context(graph(List.of(polite)), "polite", 100);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of(true, false), answers);
        assertEquals(2, result.lastResult(), "an iteration inherits the base's limit");
    }

    @Test
    void theDefaultLimitIsTen() {
        Log log = new Log();
        Task endless = Tasks.of("endless", ctx -> {
            log.add(ctx.taskId());
            ctx.nextIteration();
            return null;
        });
        RunResult result = new WorkflowEngine().execute(context(graph(List.of(endless)), "endless", 1000));
        assertEquals(10, log.entries().size());
        assertEquals("Cycle limit exceeded for task 'endless': 10/10", result.errorMessage());
    }

    @Test
    void aGotoToItselfIsNotCheckedAgainstMaxCycles() {
        Task self = Tasks.of("self", ctx -> {
            if (ctx.cycleCount() < 15) {
                ctx.gotoTask("self");
            }
            return ctx.cycleCount();
        });
        RunResult result = new WorkflowEngine().execute(context(graph(List.of(self)), "self", 100));
        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(15, result.lastResult());
    }

    @Test
    void anIdThatMerelyLooksLikeAnIterationIsCountedUnderItsBase() {
        TaskGraph graph = graph(List.of(Tasks.noop("warmup_cycle_2_cafe"), Tasks.noop("next")), "warmup_cycle_2_cafe>next");
        ExecutionContext context = context(graph, "warmup_cycle_2_cafe", 10);

        new WorkflowEngine().execute(context);

        assertEquals(Map.of("warmup", 1, "next", 1), context.cycles().snapshot());
        assertEquals(List.of("warmup_cycle_2_cafe", "next"), context.completedTasks());
    }

    @Test
    void iterationDataReachesTheIteration() {
        Task accumulate = Tasks.of("acc", ctx -> {
            int sum = ctx.iterationData() == null ? 0 : (Integer) ctx.iterationData();
            if (ctx.cycleCount() < 5) {
                ctx.nextIteration(sum + ctx.cycleCount());
            }
            return sum;
        });
        RunResult result = new WorkflowEngine().execute(context(graph(List.of(accumulate)), "acc", 100));
        assertEquals(1 + 2 + 3 + 4, result.lastResult());
    }
}
