package io.github.graflowstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graflow's tests/scenario/test_parallel_group_error_handling_scenarios.py (11). Every scenario
 * runs twice: with the default direct executor (members one after another on the calling thread)
 * and with a four-thread pool. Graflow's custom "handlers" are {@link GroupPolicy}s here.
 */
class ParallelGroupErrorHandlingTest {
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = EngineTestSupport.pool(4);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static WorkflowEngine engine(String executor) {
        return executor.equals("direct") ? new WorkflowEngine()
                : new WorkflowEngine(pool, EngineClock.system());
    }

    private static TaskBody fails(String message) {
        return ctx -> {
            throw new IllegalStateException(message);
        };
    }

    private static ParallelGroupException groupError(RunResult result) {
        assertEquals(RunStatus.FAILED, result.status());
        return assertInstanceOf(ParallelGroupException.class, result.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void allMembersSucceedingLetsTheGroupPass(String executor) {
        Workflow wf = new Workflow("test");
        Flow group = wf.parallel(wf.task("task_a", ctx -> "result_a"), wf.task("task_b", ctx -> "result_b"),
                wf.task("task_c", ctx -> "result_c"));
        group.then(wf.task("final_task", ctx -> "final"));
        ExecutionContext context = ExecutionContext.create(wf.graph(), group.leftmostId(), 100);

        RunResult result = engine(executor).execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals("result_a", context.result("task_a", null));
        assertEquals("result_b", context.result("task_b", null));
        assertEquals("result_c", context.result("task_c", null));
        assertEquals("final", context.result("final_task", null));
        assertEquals(List.of("ParallelGroup_1", "final_task"), context.completedTasks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void oneFailingMemberFailsAStrictGroupWithExactLists(String executor) {
        Workflow wf = new Workflow("test");
        Flow group = wf.parallel(wf.task("task_a", ctx -> "result_a"),
                wf.task("task_b", fails("Task B intentionally failed!")), wf.task("task_c", ctx -> "result_c"));
        ExecutionContext context = ExecutionContext.create(wf.graph(), group.leftmostId(), 100);

        ParallelGroupException error = groupError(engine(executor).execute(context));

        assertEquals("ParallelGroup_1", error.groupId());
        assertEquals("Parallel group ParallelGroup_1 failed: 1 task(s) failed", error.getMessage());
        assertEquals(List.of("task_b"), List.copyOf(error.failedTasks().keySet()));
        assertTrue(error.failedTasks().get("task_b").contains("Task B intentionally failed"),
                error.failedTasks().get("task_b"));
        assertEquals(List.of("task_a", "task_c"), error.successfulTasks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void allMembersFailingFailsTheGroup(String executor) {
        Workflow wf = new Workflow("test");
        Flow group = wf.parallel(wf.task("task_a", fails("Task A failed!")), wf.task("task_b", fails("Task B failed!")),
                wf.task("task_c", fails("Task C failed!")));
        ExecutionContext context = ExecutionContext.create(wf.graph(), group.leftmostId(), 100);

        ParallelGroupException error = groupError(engine(executor).execute(context));

        assertEquals(List.of("task_a", "task_b", "task_c"), List.copyOf(error.failedTasks().keySet()));
        assertEquals(List.of(), error.successfulTasks());
        assertEquals("Parallel group ParallelGroup_1 failed: 3 task(s) failed", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void strictGroupOfTwoReportsTheSuccessfulMember(String executor) {
        Workflow wf = new Workflow("test");
        Flow group = wf.parallel(wf.task("task_a", ctx -> "a"), wf.task("task_b", fails("Failed!")));
        ExecutionContext context = ExecutionContext.create(wf.graph(), group.leftmostId(), 100);

        ParallelGroupException error = groupError(engine(executor).execute(context));

        assertEquals(1, error.failedTasks().size());
        assertEquals(List.of("task_a"), error.successfulTasks());
        assertEquals("a", context.result("task_a", null), "successful branches are merged even when the group fails");
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void bestEffortContinuesWithTheSuccessors(String executor) {
        Workflow wf = new Workflow("test");
        Flow group = wf.parallel(null, GroupPolicy.bestEffort(), wf.task("task_a", ctx -> "success"),
                wf.task("task_b", fails("Task B failed!")), wf.task("task_c", ctx -> "success"));
        group.then(wf.task("final_task", ctx -> "completed"));
        ExecutionContext context = ExecutionContext.create(wf.graph(), group.leftmostId(), 100);

        RunResult result = engine(executor).execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals("completed", context.result("final_task", null));
        assertEquals("success", context.result("task_a", null));
        assertEquals("success", context.result("task_c", null));
        assertFalse(context.channel().exists("task_b.__result__"), "a failed branch is not merged back");
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void atLeastNPassesWithTwoOfFourAndFailsWithOneOfTwo(String executor) {
        Workflow first = new Workflow("test1");
        Flow passing = first.parallel(null, GroupPolicy.atLeast(2), first.task("task_a", ctx -> "a"),
                first.task("task_b", ctx -> "b"), first.task("task_c", fails("Failed!")),
                first.task("task_d", fails("Failed!")));
        RunResult passed = engine(executor).execute(ExecutionContext.create(first.graph(), passing.leftmostId(), 100));
        assertEquals(RunStatus.COMPLETED, passed.status());

        Workflow second = new Workflow("test2");
        Flow failing = second.parallel(null, GroupPolicy.atLeast(2), second.task("task_e", ctx -> "e"),
                second.task("task_f", fails("Failed!")), second.task("task_g", fails("Failed!")),
                second.task("task_h", fails("Failed!")));
        ParallelGroupException error = groupError(
                engine(executor).execute(ExecutionContext.create(second.graph(), failing.leftmostId(), 100)));
        assertTrue(error.getMessage().contains("1/2"), error.getMessage());
        assertEquals("Only 1/2 tasks succeeded in group ParallelGroup_1", error.getMessage());
        assertEquals(List.of("task_f", "task_g", "task_h"), List.copyOf(error.failedTasks().keySet()));
        assertEquals(List.of("task_e"), error.successfulTasks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void criticalFailsOnlyWhenTheCriticalMemberFails(String executor) {
        Workflow first = new Workflow("test1");
        Flow optionalFails = first.parallel(null, GroupPolicy.critical(List.of("critical_task")),
                first.task("critical_task", ctx -> "critical success"),
                first.task("optional_task", fails("Optional task failed!")));
        ExecutionContext context = ExecutionContext.create(first.graph(), optionalFails.leftmostId(), 100);
        assertEquals(RunStatus.COMPLETED, engine(executor).execute(context).status());
        assertEquals("critical success", context.result("critical_task", null));

        Workflow second = new Workflow("test2");
        Flow criticalFails = second.parallel(null, GroupPolicy.critical(List.of("critical_task2")),
                second.task("critical_task2", fails("Critical task failed!")),
                second.task("optional_task2", ctx -> "optional success"), second.task("optional_task3", fails("meh")));
        ParallelGroupException error = groupError(
                engine(executor).execute(ExecutionContext.create(second.graph(), criticalFails.leftmostId(), 100)));
        assertEquals("Critical tasks failed: ['critical_task2']", error.getMessage());
        assertEquals(List.of("critical_task2"), List.copyOf(error.failedTasks().keySet()),
                "only the failed critical members are listed as failed");
        assertEquals(List.of("optional_task2"), error.successfulTasks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void errorDetailsOfEachMemberArePreserved(String executor) {
        Workflow wf = new Workflow("test");
        Flow group = wf.parallel(wf.task("task_a", ctx -> {
            throw new IllegalArgumentException("Specific error message from task_a");
        }), wf.task("task_b", ctx -> {
            throw new UnsupportedOperationException("Different error from task_b");
        }), wf.task("task_c", ctx -> "success"));

        ParallelGroupException error = groupError(
                engine(executor).execute(ExecutionContext.create(wf.graph(), group.leftmostId(), 100)));

        assertTrue(error.failedTasks().get("task_a").contains("Specific error message from task_a"));
        assertTrue(error.failedTasks().get("task_b").contains("Different error from task_b"));
        assertEquals("An error occurred: Specific error message from task_a (caused by "
                + "java.lang.IllegalArgumentException: Specific error message from task_a)", error.failedTasks().get("task_a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void theSuccessorIsSkippedWhenTheGroupFails(String executor) {
        Workflow wf = new Workflow("test");
        Flow group = wf.parallel(wf.task("task_a", ctx -> "a"), wf.task("task_b", fails("Failed!")));
        group.then(wf.task("successor_task", ctx -> "should not execute"));
        ExecutionContext context = ExecutionContext.create(wf.graph(), group.leftmostId(), 100);

        RunResult result = engine(executor).execute(context);

        groupError(result);
        assertEquals("ParallelGroup_1", result.failedTaskId());
        assertNull(context.result("successor_task", null));
        assertEquals(List.of(), context.queue().pendingIds());
        assertFalse(context.isCompleted("ParallelGroup_1"));
    }

    /** Fails the group only when more than one member failed. */
    private record TooManyFailures() implements GroupPolicy {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public Object canonicalForm() {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("type", "__custom__");
            form.put("policy", name());
            return form;
        }

        @Override
        public void evaluate(String groupId, List<TaskResult> results) {
            Map<String, String> failed = new LinkedHashMap<>();
            List<String> ok = new java.util.ArrayList<>();
            for (TaskResult result : results) {
                if (result.success()) {
                    ok.add(result.taskId());
                } else {
                    failed.put(result.taskId(), result.errorMessage());
                }
            }
            if (failed.size() > 1) {
                throw new ParallelGroupException("Too many failures: " + failed.size(), groupId, failed, ok);
            }
        }
    }

    /** Fails the group when the success rate is below a percentage. */
    private record Percentage(double minimum) implements GroupPolicy {
        @Override
        public String name() {
            return "percentage_" + Math.round(minimum * 100);
        }

        @Override
        public Object canonicalForm() {
            return Map.of("type", "__custom__", "policy", name());
        }

        @Override
        public void evaluate(String groupId, List<TaskResult> results) {
            long ok = results.stream().filter(TaskResult::success).count();
            double rate = (double) ok / results.size();
            if (rate < minimum) {
                throw new ParallelGroupException(String.format(java.util.Locale.ROOT, "Success rate %.1f%% < %.1f%%",
                        rate * 100, minimum * 100), groupId, Map.of(), List.of());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void aCustomPolicyToleratingOneFailurePasses(String executor) {
        Workflow wf = new Workflow("test");
        Flow group = wf.parallel(null, new TooManyFailures(), wf.task("task_a", ctx -> "a"),
                wf.task("task_b", fails("Failed!")));
        assertEquals(RunStatus.COMPLETED,
                engine(executor).execute(ExecutionContext.create(wf.graph(), group.leftmostId(), 100)).status());

        Workflow two = new Workflow("test");
        Flow twoFail = two.parallel(null, new TooManyFailures(), two.task("task_a", fails("x")),
                two.task("task_b", fails("y")));
        ParallelGroupException error = groupError(
                engine(executor).execute(ExecutionContext.create(two.graph(), twoFail.leftmostId(), 100)));
        assertEquals("Too many failures: 2", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void aPercentagePolicyPassesAtThreeOfFour(String executor) {
        Workflow wf = new Workflow("test");
        Flow group = wf.parallel(null, new Percentage(0.70), wf.task("task_a", ctx -> "a"), wf.task("task_b", ctx -> "b"),
                wf.task("task_c", ctx -> "c"), wf.task("task_d", fails("Failed!")));
        assertEquals(RunStatus.COMPLETED,
                engine(executor).execute(ExecutionContext.create(wf.graph(), group.leftmostId(), 100)).status());

        Workflow half = new Workflow("test");
        Flow halfGroup = half.parallel(null, new Percentage(0.70), half.task("task_a", ctx -> "a"),
                half.task("task_b", fails("Failed!")));
        assertEquals("Success rate 50.0% < 70.0%", groupError(
                engine(executor).execute(ExecutionContext.create(half.graph(), halfGroup.leftmostId(), 100))).getMessage());
    }
}
