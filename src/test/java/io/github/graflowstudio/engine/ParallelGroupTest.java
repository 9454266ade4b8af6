package io.github.graflowstudio.engine;

import static io.github.graflowstudio.engine.EngineTestSupport.context;
import static io.github.graflowstudio.engine.EngineTestSupport.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.EngineTestSupport.Events;
import io.github.graflowstudio.engine.EngineTestSupport.Log;
import io.github.graflowstudio.engine.event.RunEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parallel groups: the join, branch contexts and what is merged back, group retries, threads. */
class ParallelGroupTest {
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
        return executor.equals("direct") ? new WorkflowEngine() : new WorkflowEngine(pool, EngineClock.system());
    }

    /** Graflow's tests/scenario/test_parallel_diamond.py. */
    @ParameterizedTest
    @ValueSource(strings = {"direct", "pool"})
    void aParallelDiamondRunsTheStoreOnceAfterBothTransforms(String executor) {
        Log log = new Log();
        Workflow wf = new Workflow("diamond_parallel");
        Flow fetch = wf.add(log.task("fetch", "fetch_complete"));
        Flow a = wf.add(log.task("transform_a", "transform_a_complete"));
        Flow b = wf.add(log.task("transform_b", "transform_b_complete"));
        Flow store = wf.add(log.task("store", "store_complete"));
        fetch.then(wf.parallel(a, b)).then(store);

        RunResult result = engine(executor).execute(ExecutionContext.create(wf.graph(), "fetch", 100));

        assertEquals(RunStatus.COMPLETED, result.status());
        List<String> entries = log.entries();
        assertEquals(1, entries.stream().filter("store"::equals).count(), entries.toString());
        assertEquals("store", entries.get(entries.size() - 1));
        assertEquals(Set.of("fetch", "transform_a", "transform_b", "store"), Set.copyOf(entries));
        assertEquals("fetch", entries.get(0));
    }

    @Test
    void theParentRecordsOnlyTheGroupAsCompletedButCountsTheBranchSteps() {
        Log log = new Log();
        Workflow wf = new Workflow("steps");
        wf.add(log.task("s", 1)).then(wf.parallel(wf.add(log.task("a", 2)), wf.add(log.task("b", 3))))
                .then(wf.add(log.task("t", 4)));
        ExecutionContext context = context(wf.graph(), "s", 100);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(List.of("s", "ParallelGroup_1", "t"), context.completedTasks());
        assertEquals(5, result.steps(), "s, a, b, the group and t");
        assertEquals(Map.of("s", 1, "ParallelGroup_1", 1, "a", 1, "b", 1, "t", 1), context.cycles().snapshot());
        assertEquals(null, context.result("ParallelGroup_1", "absent"), "a group's result is null");
    }

    @Test
    void aBranchHasItsOwnSessionACopyOfTheChannelAndIsMergedBack() {
        Map<String, Object> seen = new ConcurrentHashMap<>();
        Workflow wf = new Workflow("branches");
        Flow a = wf.task("a", ctx -> {
            seen.put("session", ctx.sessionId());
            seen.put("trace", ctx.executionContext().traceId());
            seen.put("isBranch", ctx.executionContext().isBranch());
            seen.put("inherited", ctx.channel().get("seed"));
            seen.put("upstream", ctx.param("s").orElse("none"));
            ctx.channel().set("from_a", "A");
            ctx.channel().set("seed", "overwritten by a");
            return "ra";
        });
        Flow b = wf.task("b", ctx -> {
            seen.put("b sees a's write", ctx.channel().exists("from_a"));
            return "rb";
        });
        wf.task("s", ctx -> "rs").then(wf.parallel(a, b));
        ExecutionContext context = ExecutionContext.builder(wf.graph()).sessionId("root").startNode("s")
                .initialChannel(Map.of("seed", "parent value")).build();

        new WorkflowEngine().execute(context);

        assertEquals("root_a", seen.get("session"));
        assertEquals("root", seen.get("trace"));
        assertEquals(true, seen.get("isBranch"));
        assertEquals("parent value", seen.get("inherited"));
        assertEquals("rs", seen.get("upstream"));
        assertEquals(false, seen.get("b sees a's write"), "branches start from the parent's channel, not each other's");
        assertEquals("A", context.channel().get("from_a"));
        assertEquals("parent value", context.channel().get("seed"),
                "as in Graflow every key of a branch is copied back, in member order: b's inherited copy wins");
        assertEquals("ra", context.result("a", null));
        assertEquals("rb", context.result("b", null));
    }

    @Test
    void aMemberChainRunsInsideItsBranch() {
        Events events = new Events();
        WorkflowEngine engine = new WorkflowEngine();
        engine.addListener(events);
        Workflow wf = new Workflow("chain member");
        Flow a = wf.task("a", ctx -> "ra");
        Flow bc = wf.task("b", ctx -> "rb").then(wf.task("c", ctx -> ctx.param("b", String.class).orElseThrow() + "+c"));
        wf.parallel(a, bc).then(wf.task("after", ctx -> ctx.result("c", null)));
        ExecutionContext context = ExecutionContext.builder(wf.graph()).sessionId("root").startNode("ParallelGroup_1").build();

        RunResult result = engine.execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals("rb+c", context.result("c", null));
        assertEquals("rb+c", result.lastResult());
        assertEquals(List.of("ParallelGroup_1", "after"), context.completedTasks());
        List<String> cStarts = new ArrayList<>();
        for (RunEvent.TaskStarting starting : events.of(RunEvent.TaskStarting.class)) {
            if (starting.taskId().equals("c")) {
                cStarts.add(starting.sessionId());
            }
        }
        assertEquals(List.of("root_b"), cStarts);
        assertEquals(5, result.steps());
    }

    @Test
    void branchCycleCountsAreAddedToTheParents() {
        Workflow wf = new Workflow("cycles");
        Flow a = wf.task("a", ctx -> "a");
        Flow b = wf.task("b", ctx -> "b");
        Flow shared = wf.task("shared", ctx -> ctx.cycleCount());
        a.then(shared);
        b.then(shared);
        Flow loop = wf.task("loop", ctx -> {
            if (ctx.cycleCount() < 3) {
                ctx.nextIteration();
            }
            return ctx.cycleCount();
        });
        wf.parallel(a, b, loop);
        ExecutionContext context = context(wf.graph(), "ParallelGroup_1", 100);

        new WorkflowEngine().execute(context);

        Map<String, Integer> counts = context.cycles().snapshot();
        assertEquals(2, counts.get("shared"), "shared ran once in each branch");
        assertEquals(3, counts.get("loop"), "the loop ran three times in its branch");
        assertEquals(1, context.result("shared", null), "each branch counted from zero");
    }

    @Test
    void aBranchKeepsItsParentsCycleLimitsAndItsOwnLimitsStayInTheBranch() {
        Workflow wf = new Workflow("limits");
        Flow loop = wf.task("loop", ctx -> {
            if (ctx.canIterate()) {
                ctx.nextIteration();
            }
            return ctx.maxCycles();
        });
        Flow limited = wf.task("limited", ctx -> ctx.cycleCount(), new TaskOptions(null, null, 7));
        wf.parallel(loop, limited);
        ExecutionContext context = context(wf.graph(), "ParallelGroup_1", 100);
        context.restoreCycleLimits(Map.of("loop", 2));

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.COMPLETED, result.status(), String.valueOf(result.error()));
        assertEquals(2, context.result("loop", null), "the branch saw the parent's limit");
        assertEquals(2, context.cycles().count("loop"));
        assertEquals(Map.of("loop", 2), context.cycleLimits(), "the member's own limit was set in its branch only");
    }

    @Test
    void aFailedGroupIsRetriedAsAWholeAndItsSuccessorRunsOnce() {
        Log log = new Log();
        AtomicInteger attempts = new AtomicInteger();
        TaskGraph graph = graph(List.of(log.task("a", "ra"), log.task("flaky", ctx -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("first attempt fails");
            }
            return "ok";
        }), new ParallelGroup("G", List.of("a", "flaky"), GroupPolicy.strict(), TaskOptions.retries(1)),
                log.task("after", "done")), "G>after");
        Events events = new Events();
        WorkflowEngine engine = new WorkflowEngine();
        engine.addListener(events);
        ExecutionContext context = context(graph, "G", 100);

        RunResult result = engine.execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("a", "flaky", "a", "flaky", "after"), log.entries());
        assertEquals(List.of("GroupJoined G ok=[a] failed=[flaky] refused", "TaskFailed G #1 retry",
                "TaskRetried G 1/1 0ms", "GroupJoined G ok=[a, flaky] failed=[] passed", "TaskSucceeded G null",
                "TaskSucceeded after done"),
                events.lines(e -> (e instanceof RunEvent.GroupJoined || e instanceof RunEvent.TaskFailed
                        || e instanceof RunEvent.TaskRetried || e instanceof RunEvent.TaskSucceeded)
                        && e.sessionId().equals(context.sessionId())));
        assertEquals(1, context.cycles().count("G"), "a retry does not count a cycle");
    }

    @Test
    void aTerminateInAMemberStopsOnlyItsBranch() {
        Log log = new Log();
        Workflow wf = new Workflow("terminate");
        Flow a = wf.add(log.task("a", ctx -> {
            ctx.terminateWorkflow("done early");
            return "ra";
        }));
        a.then(wf.add(log.task("a2", "never")));
        wf.parallel(a, wf.add(log.task("b", "rb"))).then(wf.add(log.task("after", "done")));
        ExecutionContext context = context(wf.graph(), "ParallelGroup_1", 100);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("a", "b", "after"), log.entries());
    }

    @Test
    void aCancelInAMemberFailsThatMember() {
        Workflow wf = new Workflow("cancel");
        Flow a = wf.task("a", ctx -> {
            ctx.cancelWorkflow("no way");
            return "ra";
        });
        wf.parallel(a, wf.task("b", ctx -> "rb")).then(wf.task("after", ctx -> "done"));
        ExecutionContext context = context(wf.graph(), "ParallelGroup_1", 100);

        RunResult result = new WorkflowEngine().execute(context);

        ParallelGroupException error = assertInstanceOf(ParallelGroupException.class, result.error());
        assertEquals(Map.of("a", "Workflow canceled by task 'a': no way"), error.failedTasks());
        assertEquals(RunStatus.FAILED, result.status(), "the group failure is an ordinary task failure");
    }

    @Test
    void aBranchThatHitsMaxStepsCountsAsFailed() {
        Workflow wf = new Workflow("max steps");
        Flow chain = wf.task("a1", ctx -> 1).then(wf.task("a2", ctx -> 2), wf.task("a3", ctx -> 3), wf.task("a4", ctx -> 4));
        wf.parallel(chain, wf.task("b", ctx -> "rb"));
        ExecutionContext context = context(wf.graph(), "ParallelGroup_1", 3);

        RunResult result = new WorkflowEngine().execute(context);

        ParallelGroupException error = assertInstanceOf(ParallelGroupException.class, result.error());
        assertEquals(Map.of("a1", "max steps reached inside the branch with tasks still pending"), error.failedTasks());
        assertEquals(List.of("b"), error.successfulTasks());
    }

    @Test
    void membersRunConcurrentlyOnAThreadPool() {
        CyclicBarrier allThree = new CyclicBarrier(3);
        TaskBody meet = ctx -> allThree.await(10, TimeUnit.SECONDS);
        Workflow wf = new Workflow("concurrent");
        wf.parallel(wf.task("x", meet), wf.task("y", meet), wf.task("z", meet));

        RunResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new WorkflowEngine(pool, EngineClock.system()).execute(context(wf.graph(), "ParallelGroup_1", 10)));

        assertEquals(RunStatus.COMPLETED, result.status(), String.valueOf(result.error()));
    }

    @Test
    void nestedGroupsDoNotStarveABoundedPool() {
        ExecutorService two = EngineTestSupport.pool(2);
        try {
            Workflow wf = new Workflow("nested");
            List<Flow> outer = new ArrayList<>();
            for (int g = 0; g < 3; g++) {
                List<Flow> inner = new ArrayList<>();
                for (int m = 0; m < 3; m++) {
                    int value = g * 10 + m;
                    inner.add(wf.task("m" + g + "_" + m, ctx -> {
                        Thread.sleep(5);
                        return value;
                    }));
                }
                outer.add(wf.parallel("inner" + g, GroupPolicy.strict(), inner.toArray(new Flow[0])));
            }
            wf.parallel("outer", GroupPolicy.strict(), outer.toArray(new Flow[0]));
            ExecutionContext context = context(wf.graph(), "outer", 100);

            RunResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> new WorkflowEngine(two, EngineClock.system()).execute(context));

            assertEquals(RunStatus.COMPLETED, result.status(), String.valueOf(result.error()));
            assertEquals(21, context.result("m2_1", null));
            assertEquals(13, result.steps(), "9 members, 3 inner groups, the outer group");
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void branchesOnAThreadPoolGrowTheSharedGraphSafely() {
        int members = 8;
        int dynamicPerMember = 40;
        Events events = new Events();
        WorkflowEngine engine = new WorkflowEngine(pool, EngineClock.system());
        engine.addListener(events);
        Workflow wf = new Workflow("growth");
        List<Flow> flows = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            String member = "member" + m;
            flows.add(wf.task(member, ctx -> {
                if (ctx.iterationData() == null) {
                    for (int i = 0; i < dynamicPerMember; i++) {
                        int value = i;
                        ctx.nextTask(Tasks.of(member + "_dyn" + i, c -> value));
                    }
                }
                if (ctx.cycleCount() < 3) {
                    ctx.nextIteration(ctx.cycleCount());
                }
                return member;
            }, new TaskOptions(null, null, 5)));
        }
        wf.parallel(flows.toArray(new Flow[0]));
        ExecutionContext context = context(wf.graph(), "ParallelGroup_1", 10_000);

        RunResult result = engine.execute(context);

        assertEquals(RunStatus.COMPLETED, result.status(), String.valueOf(result.error()));
        assertEquals(1 + members + members * (dynamicPerMember + 2), wf.graph().size(),
                "group, members, dynamic tasks and two iterations per member");
        for (int m = 0; m < members; m++) {
            assertEquals(dynamicPerMember - 1, context.result("member" + m + "_dyn" + (dynamicPerMember - 1), null));
            assertEquals(3, context.cycles().count("member" + m));
        }
        assertEquals(1 + members * (1 + dynamicPerMember + 2), result.steps());
        long succeeded = events.of(RunEvent.TaskSucceeded.class).size();
        assertEquals(result.steps(), succeeded, "every step was reported, from whichever thread ran it");
        assertFalse(events.of(RunEvent.RunFinished.class).isEmpty());
        assertTrue(events.of(RunEvent.RunFinished.class).stream().allMatch(e -> e.status() == RunStatus.COMPLETED));
    }
}
