package io.github.graflowstudio.ui.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.event.JumpKind;
import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.ui.editor.CanvasDecorations;
import io.github.graflowstudio.ui.editor.NodeRunState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the monitor folds engine events: states, counts, ghost edges, timeline and log (no display needed). */
class RunMonitorTest {
    private static final String ROOT = "s1";

    private static List<RunEvent> attempt(String session, String taskId, int step) {
        return List.of(new RunEvent.TaskQueued(session, taskId, 1), new RunEvent.TaskStarting(session, taskId, 1, step),
                new RunEvent.TaskSucceeded(session, taskId, 1, 7, 1000));
    }

    @Test
    void statesAndCountsAreLiveReadOnlyViewsNotCopies() {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime(), 4);
        Map<String, NodeRunState> states = monitor.states();
        Map<String, Integer> counts = monitor.runCounts();

        monitor.apply(attempt(ROOT, "a", 1));
        monitor.apply(List.of(new RunEvent.TaskQueued(ROOT, "b", 1)));

        assertEquals(NodeRunState.SUCCEEDED, states.get("a"), "a view taken before the events sees them");
        assertEquals(NodeRunState.QUEUED, states.get("b"));
        assertEquals(1, counts.get("a"));
        assertSame(states, monitor.states(), "publishing hands out the same view, never a copy");
        assertThrows(UnsupportedOperationException.class, () -> states.put("c", NodeRunState.FAILED));
        assertThrows(UnsupportedOperationException.class, () -> counts.clear());
    }

    @Test
    void queuingAgainNeverHidesWhatATaskDidInTheSameBatchOrBefore() {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime());
        monitor.apply(List.of(new RunEvent.TaskStarting(ROOT, "loop", 1, 1), new RunEvent.TaskSucceeded(ROOT, "loop", 1, 1, 5),
                new RunEvent.TaskQueued(ROOT, "loop", 2), new RunEvent.TaskQueued(ROOT, "next", 3)));
        assertEquals(NodeRunState.SUCCEEDED, monitor.states().get("loop"), "re-queued in the same batch");
        assertEquals(NodeRunState.QUEUED, monitor.states().get("next"));
        monitor.apply(List.of(new RunEvent.TaskQueued(ROOT, "loop", 4)));
        assertEquals(NodeRunState.SUCCEEDED, monitor.states().get("loop"), "re-queued in a later batch");
        monitor.apply(List.of(new RunEvent.TaskStarting(ROOT, "loop", 1, 2)));
        assertEquals(NodeRunState.RUNNING, monitor.states().get("loop"), "running again is shown");
    }

    @Test
    void aTaskRunningWhenTheRunEndsIsQueuedAgainEvenIfItsRunningStateWasShown() {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime());
        monitor.apply(List.of(new RunEvent.TaskQueued(ROOT, "x", 1), new RunEvent.TaskStarting(ROOT, "x", 1, 1),
                new RunEvent.TaskQueued(ROOT + "_g_m", "m", 2), new RunEvent.TaskStarting(ROOT + "_g_m", "m", 1, 2),
                new RunEvent.TaskSucceeded(ROOT + "_g_m", "m", 1, 1, 5)));
        assertEquals(NodeRunState.RUNNING, monitor.states().get("x"));
        monitor.apply(List.of(new RunEvent.Cancelled(ROOT, "x", "stop"),
                new RunEvent.RunFinished(ROOT, io.github.graflowstudio.engine.RunStatus.CANCELLED, 1, null)));
        monitor.finished(List.of("x", "m"));
        assertEquals(NodeRunState.QUEUED, monitor.states().get("x"), "cancelled while running: queued, not running");
        assertEquals(NodeRunState.SUCCEEDED, monitor.states().get("m"), "a task that finished keeps its state");
    }

    @Test
    void onlyOneNodeIsPausedHereAndAFinishedTaskKeepsItsState() {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime());
        monitor.apply(List.of(new RunEvent.TaskQueued(ROOT, "a", 1), new RunEvent.TaskQueued(ROOT, "b", 2)));

        monitor.pausedAt("a");
        assertEquals(NodeRunState.PAUSED_HERE, monitor.states().get("a"));
        monitor.pausedAt("b");
        assertEquals(NodeRunState.QUEUED, monitor.states().get("a"), "the previous pause point is queued again");
        assertEquals(NodeRunState.PAUSED_HERE, monitor.states().get("b"));

        monitor.apply(List.of(new RunEvent.TaskStarting(ROOT, "b", 1, 1), new RunEvent.TaskSucceeded(ROOT, "b", 1, 1, 5)));
        monitor.pausedAt(null);
        assertEquals(NodeRunState.SUCCEEDED, monitor.states().get("b"), "leaving the pause does not undo what ran");

        monitor.finished(List.of("a", "b", "never"));
        assertEquals(NodeRunState.SKIPPED, monitor.states().get("never"));
        assertEquals(NodeRunState.QUEUED, monitor.states().get("a"));
    }

    @Test
    void finishingARunThatReachedEveryNodeDoesNotAskForTheIds() {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime());
        monitor.apply(List.of(new RunEvent.TaskQueued(ROOT, "a", 1), new RunEvent.TaskQueued(ROOT, "b", 2)));
        monitor.finished(2, () -> {
            throw new AssertionError("every node has a state: no ids needed");
        });
        assertEquals(NodeRunState.QUEUED, monitor.states().get("b"));
        monitor.finished(3, () -> List.of("a", "b", "c"));
        assertEquals(NodeRunState.SKIPPED, monitor.states().get("c"), "a node short: the ids are read");
    }

    @Test
    void timelineNamesBranchesAndStopsAtItsLimitWithOneNotice() {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime(), 100);
        List<RunEvent> events = new ArrayList<>();
        events.addAll(attempt(ROOT, "a", 1));
        events.addAll(attempt(ROOT + "_g_m1", "m1", 2));
        events.addAll(attempt("other", "x", 3));
        events.add(new RunEvent.Jump(ROOT, "a", "b", JumpKind.GOTO, false));
        events.add(new RunEvent.Jump(ROOT, "a", "b", JumpKind.GOTO, false));
        monitor.apply(events);

        assertEquals(List.of("", "g_m1", "other"), monitor.timeline().stream().map(TimelineEntry::branch).toList());
        assertEquals(2, monitor.ghostEdges().get(CanvasDecorations.ghostKey("a", "b")));

        List<RunEvent> many = new ArrayList<>();
        for (int i = 0; i < RunMonitor.TIMELINE_LIMIT + 10; i++) {
            many.addAll(attempt(ROOT, "t" + i, i + 4));
        }
        monitor.apply(many);
        assertEquals(RunMonitor.TIMELINE_LIMIT, monitor.timeline().size());
        assertEquals(RunMonitor.TIMELINE_LIMIT + 13, monitor.attempts(), "attempts are still counted");
        assertEquals(1, monitor.log().stream().filter(entry -> entry.message().startsWith("timeline shows")).count());
        assertEquals(NodeRunState.SUCCEEDED, monitor.states().get("t" + (RunMonitor.TIMELINE_LIMIT + 9)));
        assertTrue(monitor.events() >= 3L * RunMonitor.TIMELINE_LIMIT);
    }

    @Test
    void aRunsFirstPublishReplacesThePreviousRunsRowsAndLaterOnesAppend() {
        RunRows rows = RunRows.create();
        RunMonitor first = new RunMonitor(ROOT, System.nanoTime(), 16, rows);
        first.apply(List.of(new RunEvent.TaskStarting(ROOT, "a", 1, 1), new RunEvent.TaskSucceeded(ROOT, "a", 1, 1, 10)));
        assertEquals(List.of("a"), rows.timeline().stream().map(TimelineEntry::taskId).toList());

        List<javafx.collections.ListChangeListener.Change<? extends TimelineEntry>> changes = new ArrayList<>();
        rows.timeline().addListener((javafx.collections.ListChangeListener<TimelineEntry>) change -> changes.add(change));
        RunMonitor second = new RunMonitor(ROOT, System.nanoTime(), 16, rows);
        assertEquals(List.of("a"), rows.timeline().stream().map(TimelineEntry::taskId).toList(),
                "a new run leaves the rows alone until it shows its own");
        second.fold(List.of(new RunEvent.TaskStarting(ROOT, "b", 1, 1), new RunEvent.TaskSucceeded(ROOT, "b", 1, 1, 10)));
        second.pull();
        second.publishLists();
        assertEquals(List.of("b"), rows.timeline().stream().map(TimelineEntry::taskId).toList());
        assertEquals(1, changes.size(), "replaced in one change when the first publish has rows");
        second.apply(List.of(new RunEvent.TaskStarting(ROOT, "c", 1, 2), new RunEvent.TaskSucceeded(ROOT, "c", 1, 1, 10)));
        assertEquals(List.of("b", "c"), rows.timeline().stream().map(TimelineEntry::taskId).toList(), "then appended");

        RunMonitor idle = new RunMonitor(ROOT, System.nanoTime(), 16, rows);
        idle.publishLists();
        assertTrue(rows.timeline().isEmpty(), "a run with no rows yet empties them when it first shows (paused at its start)");
    }
}
