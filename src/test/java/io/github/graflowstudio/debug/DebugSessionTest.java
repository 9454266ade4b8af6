package io.github.graflowstudio.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.checkpoint.ResumedRun;
import io.github.graflowstudio.engine.EngineClock;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.GroupPolicy;
import io.github.graflowstudio.engine.ParallelGroup;
import io.github.graflowstudio.engine.ReferenceTaskResolver;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;

import io.github.graflowstudio.engine.Tasks;
import io.github.graflowstudio.engine.WorkflowEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebugSessionTest {
    private final ExecutorService runner = Executors.newSingleThreadExecutor();
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final BreakpointSet breakpoints = new BreakpointSet();
    @TempDir
    Path folder;

    @AfterEach
    void shutdown() {
        runner.shutdownNow();
    }

    private TaskGraph chain(String... ids) {
        TaskGraph graph = new TaskGraph();
        for (String id : ids) {
            graph.addNode(Tasks.ofKind(id, "echo", Map.of(), ctx -> {
                ran.add(ctx.taskId());
                return ctx.taskId();
            }, TaskOptions.DEFAULTS));
        }
        for (int i = 1; i < ids.length; i++) {
            graph.addEdge(ids[i - 1], ids[i]);
        }
        return graph;
    }

    private DebugSession session(TaskGraph graph, String start) {
        return new DebugSession(new WorkflowEngine(), ExecutionContext.create(graph, start, 1000), runner, breakpoints,
                new JexlConditionEvaluator());
    }

    private static PauseInfo awaitPause(DebugSession session) throws InterruptedException {
        assertEquals(DebugState.PAUSED, session.awaitPauseOrFinish(5, TimeUnit.SECONDS));
        return session.pausedAt();
    }

    @Test
    void stepRunsExactlyOneTask() throws Exception {
        DebugSession session = session(chain("a", "b", "c"), "a");
        session.startPaused();
        assertEquals("a", awaitPause(session).taskId());
        assertTrue(ran.isEmpty());
        session.stepOver();
        PauseInfo next = awaitPause(session);
        assertEquals("b", next.taskId());
        assertEquals(PauseInfo.Reason.STEP, next.reason());
        assertEquals(List.of("a"), ran);
        assertEquals(List.of("b"), session.context().queue().pendingIds());
        session.resume();
        assertEquals(RunStatus.COMPLETED, session.awaitFinish(5, TimeUnit.SECONDS).status());
        assertEquals(List.of("a", "b", "c"), ran);
    }

    @Test
    void breakpointsHitInOrder() throws Exception {
        breakpoints.addTask("c");
        breakpoints.addTask("b");
        DebugSession session = session(chain("a", "b", "c", "d"), "a");
        session.start();
        assertEquals("b", awaitPause(session).taskId());
        session.resume();
        PauseInfo atC = awaitPause(session);
        assertEquals("c", atC.taskId());
        assertEquals(PauseInfo.Reason.BREAKPOINT, atC.reason());
        assertEquals(List.of("a", "b"), ran);
        session.resume();
        assertEquals(RunStatus.COMPLETED, session.awaitFinish(5, TimeUnit.SECONDS).status());
    }

    private TaskGraph counterLoop(int until) {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.ofKind("count", "expr", Map.of(), ctx -> {
            Number x = ctx.channel().atomicAdd("x", 1);
            ran.add("count" + x);
            if (x.intValue() < until) {
                ctx.gotoTask("count");
            }
            return x;
        }, TaskOptions.DEFAULTS));
        return graph;
    }

    @Test
    void conditionalBreakpointPausesOnlyWhenTheConditionHolds() throws Exception {
        breakpoints.add(BreakpointKind.TASK, "count", "x == 3", 0);
        DebugSession session = session(counterLoop(6), "count");
        session.start();
        awaitPause(session);
        assertEquals(3L, ((Number) session.context().channel().get("x")).longValue());
        assertEquals(3, ran.size());
        session.resume();
        assertEquals(RunStatus.COMPLETED, session.awaitFinish(5, TimeUnit.SECONDS).status());
        assertEquals(6, ran.size());
    }

    @Test
    void conditionReadsTaskResultsByTaskId() throws Exception {
        breakpoints.add(BreakpointKind.TASK, "count", "count >= 2 && channel.x == 2", 0);
        DebugSession session = session(counterLoop(4), "count");
        session.start();
        awaitPause(session);
        assertEquals(2, ran.size());
        session.stop();
        assertEquals(RunStatus.STOPPED, session.awaitFinish(5, TimeUnit.SECONDS).status());
    }

    @Test
    void hitCountPausesFromTheNthHit() throws Exception {
        Breakpoint breakpoint = breakpoints.add(BreakpointKind.TASK, "count", null, 4);
        DebugSession session = session(counterLoop(6), "count");
        session.start();
        awaitPause(session);
        assertEquals(3, ran.size());
        assertEquals(4, breakpoints.hits(breakpoint.id()));
        breakpoints.update(breakpoint.withEnabled(false));
        session.resume();
        assertEquals(RunStatus.COMPLETED, session.awaitFinish(5, TimeUnit.SECONDS).status());
    }

    @Test
    void retryEventBreakpointPausesInsideTheFailingTask() throws Exception {
        breakpoints.add(BreakpointKind.ON_RETRY, null, null, 0);
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.ofKind("flaky", "fail", Map.of(), ctx -> {
            if (ctx.retryCount() < 2) {
                throw new IllegalStateException("boom " + ctx.retryCount());
            }
            return "ok";
        }, TaskOptions.retries(3)));
        DebugSession session = new DebugSession(new WorkflowEngine(Runnable::run, new NoSleepClock()),
                ExecutionContext.create(graph, "flaky", 10), runner, breakpoints, new JexlConditionEvaluator());
        session.start();
        PauseInfo pause = awaitPause(session);
        assertEquals(PauseInfo.Reason.EVENT, pause.reason());
        assertEquals("flaky", pause.taskId());
        assertFalse(pause.beforeTask());
        session.resume();
        awaitPause(session);
        session.resume();
        RunResult result = session.awaitFinish(5, TimeUnit.SECONDS);
        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals("ok", result.lastResult());
    }

    @Test
    void pauseRequestHoldsBeforeTheNextTask() throws Exception {
        DebugSession session = session(counterLoop(1_000_000), "count");
        session.start();
        while (ran.size() < 50) {
            Thread.sleep(1);
        }
        session.requestPause();
        PauseInfo pause = awaitPause(session);
        assertEquals(PauseInfo.Reason.PAUSE_REQUEST, pause.reason());
        int count = ran.size();
        Thread.sleep(50);
        assertEquals(count, ran.size(), "nothing runs while paused");
        session.stop();
        assertEquals(RunStatus.STOPPED, session.awaitFinish(5, TimeUnit.SECONDS).status());
    }

    @Test
    void stopLeavesTheQueueAndResultsConsistent() throws Exception {
        breakpoints.addTask("b");
        DebugSession session = session(chain("a", "b", "c"), "a");
        session.start();
        awaitPause(session);
        session.stop();
        RunResult result = session.awaitFinish(5, TimeUnit.SECONDS);
        assertEquals(RunStatus.STOPPED, result.status());
        assertEquals(List.of("b"), session.context().queue().pendingIds());
        assertEquals("a", session.context().result("a", null));
        assertNull(session.context().result("b", null));
        assertEquals(List.of("a"), session.context().completedTasks());
        assertThrows(IllegalStateException.class, session::resume);
    }

    @Test
    void stepIntoVisitsEachGroupMemberStepOverDoesNot() throws Exception {
        TaskGraph graph = chain("start", "m1", "m2", "end");
        graph.removeEdge("start", "m1");
        graph.removeEdge("m1", "m2");
        graph.removeEdge("m2", "end");
        graph.addNode(new ParallelGroup("group", List.of("m1", "m2"), GroupPolicy.strict()));
        graph.addEdge("start", "group");
        graph.addEdge("group", "end");
        DebugSession session = session(graph, "start");
        session.startPaused();
        assertEquals("start", awaitPause(session).taskId());
        session.stepOver();
        assertEquals("group", awaitPause(session).taskId());
        session.stepInto();
        PauseInfo member = awaitPause(session);
        assertEquals("m1", member.taskId());
        assertTrue(member.sessionId().endsWith("_m1"));
        assertEquals("group", session.currentRootTask());
        session.stepInto();
        assertEquals("m2", awaitPause(session).taskId());
        session.stepOver();
        assertEquals("end", awaitPause(session).taskId());
        assertEquals(List.of("start", "m1", "m2"), ran);
        session.resume();
        assertEquals(RunStatus.COMPLETED, session.awaitFinish(5, TimeUnit.SECONDS).status());
    }

    @Test
    void checkpointNowThenResumeFromItAndStep() throws Exception {
        TaskGraph graph = chain("a", "b", "c");
        breakpoints.addTask("b");
        DebugSession session = session(graph, "a");
        session.start();
        awaitPause(session);
        CheckpointManager manager = new CheckpointManager(folder, new ReferenceTaskResolver(
                (id, reference, options, g) -> graph.task(id)));
        Path base = session.checkpointNow(manager, folder.resolve("paused")).base();
        session.stop();
        session.awaitFinish(5, TimeUnit.SECONDS);

        ResumedRun resumed = manager.resumeFromCheckpoint(base);
        assertEquals(List.of("b"), resumed.context().queue().pendingIds());
        ran.clear();
        BreakpointSet none = new BreakpointSet();
        DebugSession second = new DebugSession(new WorkflowEngine(), resumed.context(), runner, none,
                new JexlConditionEvaluator());
        second.startPaused();
        assertEquals("b", awaitPause(second).taskId());
        second.stepOver();
        assertEquals("c", awaitPause(second).taskId());
        assertEquals(List.of("b"), ran);
        second.resume();
        assertEquals(RunStatus.COMPLETED, second.awaitFinish(5, TimeUnit.SECONDS).status());
        assertEquals(List.of("a", "b", "c"), resumed.context().completedTasks());
    }

    @Test
    void transitionTableRefusesImpossibleActions() {
        assertThrows(IllegalStateException.class, () -> DebugTransitions.next(DebugState.IDLE, DebugAction.CONTINUE));
        assertThrows(IllegalStateException.class, () -> DebugTransitions.next(DebugState.FINISHED, DebugAction.START));
        assertEquals(DebugState.PAUSED, DebugTransitions.next(DebugState.RUNNING, DebugAction.HIT));
        assertTrue(DebugTransitions.allows(DebugState.PAUSED, DebugAction.STEP));
        assertFalse(DebugTransitions.allows(DebugState.RUNNING, DebugAction.STEP));
    }

    @Test
    void breakpointSetFollowsRenamesAndToggles() {
        assertTrue(breakpoints.toggleTask("x"));
        breakpoints.renameTask("x", "y");
        assertTrue(breakpoints.hasEnabledTaskBreakpoint("y"));
        assertFalse(breakpoints.toggleTask("y"));
        assertTrue(breakpoints.all().isEmpty());
    }

    /** A clock whose sleeps return at once. */
    static final class NoSleepClock implements EngineClock {
        @Override
        public double epochSeconds() {
            return 1_800_000_000.0;
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long millis) {
        }
    }

}
