package io.github.graflowstudio.engine;

import static io.github.graflowstudio.engine.EngineTestSupport.context;
import static io.github.graflowstudio.engine.EngineTestSupport.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.graflowstudio.engine.EngineTestSupport.Events;
import io.github.graflowstudio.engine.EngineTestSupport.Log;
import io.github.graflowstudio.engine.event.RunEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event stream: complete, in order, and robust against listeners. */
class EventsTest {

    @Test
    void aSmallRunReportsEveryStepInOrder() {
        Task a = Tasks.of("a", ctx -> {
            ctx.nextTask(Tasks.of("dyn", c -> "D"));
            return "A";
        });
        TaskGraph graph = graph(List.of(a, Tasks.of("b", ctx -> "B")), "a>b");
        Events events = new Events();
        WorkflowEngine engine = new WorkflowEngine();
        engine.addListener(events);

        engine.execute(context(graph, "a", 10));

        assertEquals(List.of(
                "RunStarted a",
                "TaskQueued a 1",
                "TaskStarting a #1",
                "Jump a->dyn NEXT_TASK new",
                "TaskQueued dyn 1",
                "TaskSucceeded a A",
                "TaskQueued b 2",
                "TaskStarting dyn #1",
                "TaskSucceeded dyn D",
                "TaskStarting b #1",
                "TaskSucceeded b B",
                "RunFinished completed 3"), events.lines());
        RunEvent.TaskStarting starting = events.of(RunEvent.TaskStarting.class).get(2);
        assertEquals(2, starting.step(), "steps completed before b");
        assertEquals("0123456789abcdef0123456789abcdef", starting.sessionId());
    }

    @Test
    void aGroupReportsItsBranchesBetweenStartAndJoin() {
        Workflow wf = new Workflow("events");
        wf.task("s", ctx -> 1).then(wf.parallel(wf.task("x", ctx -> "X"), wf.task("y", ctx -> "Y")));
        Events events = new Events();
        WorkflowEngine engine = new WorkflowEngine();
        engine.addListener(events);

        engine.execute(ExecutionContext.builder(wf.graph()).sessionId("root").startNode("s").build());

        assertEquals(List.of(
                "root RunStarted s", "root TaskQueued s 1", "root TaskStarting s #1", "root TaskSucceeded s 1",
                "root TaskQueued ParallelGroup_1 1", "root TaskStarting ParallelGroup_1 #1",
                "root GroupStarted ParallelGroup_1 [x, y]",
                "root_x RunStarted x", "root_x TaskQueued x 1", "root_x TaskStarting x #1", "root_x TaskSucceeded x X",
                "root_x RunFinished completed 1",
                "root_y RunStarted y", "root_y TaskQueued y 1", "root_y TaskStarting y #1", "root_y TaskSucceeded y Y",
                "root_y RunFinished completed 1",
                "root GroupJoined ParallelGroup_1 ok=[x, y] failed=[] passed",
                "root TaskSucceeded ParallelGroup_1 null",
                "root RunFinished completed 4"), withSessions(events));
    }

    @Test
    void controlFlowAndCheckpointsAreReported() {
        Task a = Tasks.of("a", ctx -> {
            ctx.checkpoint(null, "somewhere", true);
            ctx.terminateWorkflow("bye");
            return null;
        });
        Events events = new Events();
        WorkflowEngine engine = new WorkflowEngine();
        engine.addListener(events);
        engine.setCheckpointWriter((ctx, request) -> request.path());

        engine.execute(context(graph(List.of(a, Tasks.noop("b")), "a>b"), "a", 10));

        assertEquals(List.of("TaskSucceeded a null", "Terminated a", "CheckpointWritten somewhere deferred",
                "RunFinished terminated 1"), events.lines().subList(3, 7));
        assertEquals("bye", events.of(RunEvent.Terminated.class).get(0).message());

        Events cancelEvents = new Events();
        WorkflowEngine cancelling = new WorkflowEngine();
        cancelling.addListener(cancelEvents);
        cancelling.execute(context(graph(List.of(Tasks.of("c", ctx -> {
            ctx.cancelWorkflow("stop it");
            return 1;
        }))), "c", 10));
        assertEquals(List.of("RunStarted c", "TaskQueued c 1", "TaskStarting c #1", "Cancelled c",
                "RunFinished cancelled 0"), cancelEvents.lines());
        assertEquals("Workflow canceled by task 'c': stop it",
                cancelEvents.of(RunEvent.RunFinished.class).get(0).error().getMessage());
    }

    @Test
    void listenerFailuresDoNotBreakTheRun() {
        Events survivor = new Events();
        WorkflowEngine engine = new WorkflowEngine();
        engine.addListener(event -> {
            throw new IllegalStateException("listener bug");
        });
        engine.addListener(event -> {
            throw new AssertionError("listener assertion");
        });
        engine.addListener(survivor);
        TaskGraph graph = graph(List.of(Tasks.of("a", ctx -> 1), Tasks.of("b", ctx -> 2)), "a>b");

        RunResult result = engine.execute(context(graph, "a", 10));

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(2, result.lastResult());
        assertEquals(List.of("RunStarted a", "TaskQueued a 1", "TaskStarting a #1", "TaskSucceeded a 1", "TaskQueued b 1",
                "TaskStarting b #1", "TaskSucceeded b 2", "RunFinished completed 2"), survivor.lines(),
                "the later listener still heard everything");
    }

    @Test
    void aStopRequestedByAListenerLeavesTheTaskPending() {
        Log log = new Log();
        TaskGraph graph = graph(List.of(log.task("a", 1), log.task("b", 2), log.task("c", 3)), "a>b", "b>c");
        ExecutionContext context = context(graph, "a", 10);
        WorkflowEngine engine = new WorkflowEngine();
        engine.addListener(event -> {
            if (event instanceof RunEvent.TaskStarting starting && starting.taskId().equals("b")) {
                context.requestStop();
            }
        });

        RunResult stopped = engine.execute(context);

        assertEquals(RunStatus.STOPPED, stopped.status());
        assertEquals(1, stopped.steps());
        assertNull(stopped.error());
        assertEquals(List.of("a"), log.entries());
        assertEquals(List.of("b"), context.queue().pendingIds());
        assertEquals(0, context.cycles().count("b"), "b has not started");

        context.clearStopRequest();
        RunResult resumed = new WorkflowEngine().execute(context);
        assertEquals(RunStatus.COMPLETED, resumed.status());
        assertEquals(List.of("a", "b", "c"), log.entries());
    }

    @Test
    void aStopRequestedBeforeTheRunRunsNothing() {
        ExecutionContext context = context(graph(List.of(Tasks.noop("a"))), "a", 10);
        context.requestStop();
        assertEquals(RunStatus.STOPPED, new WorkflowEngine().execute(context).status());
        assertEquals(List.of("a"), context.queue().pendingIds());
    }

    @Test
    void aRemovedListenerHearsNoMore() {
        Events events = new Events();
        WorkflowEngine engine = new WorkflowEngine();
        engine.addListener(events);
        engine.removeListener(events);
        engine.execute(context(graph(List.of(Tasks.noop("a"))), "a", 10));
        assertEquals(List.of(), events.all());
    }

    @Test
    void tasksQueuedByATaskThroughTheContextAreReported() {
        Task a = Tasks.of("a", ctx -> {
            ctx.executionContext().enqueue("b");
            return null;
        });
        Events events = new Events();
        WorkflowEngine engine = new WorkflowEngine();
        engine.addListener(events);

        engine.execute(context(graph(List.of(a, Tasks.noop("b"))), "a", 10));

        assertEquals(List.of("RunStarted a", "TaskQueued a 1", "TaskStarting a #1", "TaskQueued b 1",
                "TaskSucceeded a null", "TaskStarting b #1", "TaskSucceeded b null", "RunFinished completed 2"),
                events.lines());
    }

    private static List<String> withSessions(Events events) {
        List<String> lines = new ArrayList<>();
        for (RunEvent event : events.all()) {
            lines.add(event.sessionId() + " " + EngineTestSupport.describe(event));
        }
        return lines;
    }
}
