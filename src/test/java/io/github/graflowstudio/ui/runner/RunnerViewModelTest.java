package io.github.graflowstudio.ui.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.CheckpointResult;
import io.github.graflowstudio.checkpoint.inspect.CheckpointReader;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.debug.DebugState;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.edit.EditCommands;
import io.github.graflowstudio.ui.editor.EditorViewModel;
import io.github.graflowstudio.ui.editor.NodeRunState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerViewModelTest {
    private final UiThread ui = new UiThread();
    private final ExecutorService engineThread = Executors.newSingleThreadExecutor();
    @TempDir
    Path folder;
    private EditorViewModel editor;
    private RunnerViewModel runner;

    @AfterEach
    void close() {
        engineThread.shutdownNow();
        ui.close();
    }

    private void open(WorkflowDocument document) {
        ui.run(() -> {
            editor = new EditorViewModel(document);
            runner = new RunnerViewModel(editor, engineThread, ui::post, folder.resolve("checkpoints"));
        });
    }

    /** Sets a breakpoint on b and runs the chain until it pauses there. */
    private void runToTheBreakpointAtB() {
        ui.run(() -> runner.toggleBreakpoint("b"));
        ui.run(runner::run);
        awaitState(DebugState.PAUSED, "the run pauses at b");
    }

    private void awaitState(DebugState state, String what) {
        ui.await(() -> runner.stateProperty().get() == state, what);
    }

    static WorkflowDocument chain() {
        WorkflowDocument document = WorkflowDocument.of("chain", List.of(
                WorkflowNode.of("a", "echo", Map.of("value", 1), 0, 0),
                WorkflowNode.of("b", "expr", Map.of("expression", "a + 1"), 200, 0),
                WorkflowNode.of("c", "expr", Map.of("expression", "b * 10"), 400, 0),
                WorkflowNode.of("orphan", "echo", Map.of("value", 0), 0, 300)), List.of(), List.of());
        return document.withEdge("a", "b").withEdge("b", "c").withStart("a");
    }

    @Test
    void startChoicesAreExactlyTheGraphsNodesAndFollowRenameAndDelete() {
        open(chain());
        assertEquals(List.of("a", "b", "c", "orphan"), ui.call(() -> List.copyOf(runner.startNodes().choices())));
        assertEquals("a", ui.call(() -> runner.startNodes().startProperty().get()));
        ui.run(() -> editor.rename("a", "first"));
        assertEquals("first", ui.call(() -> runner.startNodes().startProperty().get()));
        assertEquals(List.of("first", "b", "c", "orphan"), ui.call(() -> List.copyOf(runner.startNodes().choices())));
        ui.run(() -> editor.execute(EditCommands.delete(List.of("first"), List.of())));
        assertNull(ui.call(() -> runner.startNodes().startProperty().get()));
        assertTrue(ui.call(() -> runner.statusProperty().get()).contains("was removed"));
        assertFalse(ui.call(() -> runner.abilities().canRun().get()), "no run without a valid start node");
    }

    @Test
    void reachabilityDimsWhatTheStartCannotReach() {
        WorkflowDocument document = chain().withNode(WorkflowNode.of("jump", "branch",
                Map.of("condition", "true", "ifTrue", "orphan"), 600, 0)).withEdge("c", "jump");
        open(document);
        StartNodeChooser.Reachability reach = ui.call(() -> runner.startNodes().reachability());
        assertEquals(java.util.Set.of("orphan"), reach.byJumps());
        assertTrue(reach.dimmed().isEmpty());
        ui.run(() -> runner.startNodes().startProperty().set("c"));
        reach = ui.call(() -> runner.startNodes().reachability());
        assertEquals(java.util.Set.of("a", "b"), reach.dimmed());
        assertEquals(java.util.Set.of("a", "b"), ui.call(() -> editor.decorationsProperty().get().dimmed()));
    }

    @Test
    void theWindowsPulsesAreFollowedOnlyWhileARunGoesOn() {
        open(chain());
        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        FramePacer.PulseSource pulses = new FramePacer.PulseSource() {
            @Override
            public void start(java.util.function.LongConsumer onPulse) {
                calls.add("start");
            }

            @Override
            public void stop() {
                calls.add("stop");
            }
        };
        ui.run(() -> runner.usePacer(new FramePacer(pulses, ui::post, System::nanoTime, FramePacer.LOCK_SUPPORT)));
        assertEquals(List.of(), calls, "an idle runner does not keep the window pulsing");
        runToTheBreakpointAtB();
        assertEquals(List.of("start", "stop"), calls, "followed while running, not while paused");
        ui.run(runner::resume);
        awaitState(DebugState.FINISHED, "finish");
        ui.await(() -> calls.size() == 4, "stopped at the end");
        assertEquals(List.of("start", "stop", "start", "stop"), calls);
    }

    @Test
    void breakpointPausesThenStepRunsOneTaskThenContinueFinishes() {
        open(chain());
        runToTheBreakpointAtB();
        assertEquals("b", ui.call(() -> runner.pauseProperty().get().taskId()));
        assertEquals(List.of("b"), ui.call(() -> runner.snapshots().queue().stream().map(QueueRow::taskId).toList()));
        assertEquals(NodeRunState.SUCCEEDED, ui.call(() -> editor.decorationsProperty().get().runStates().get("a")));
        assertEquals(NodeRunState.PAUSED_HERE, ui.call(() -> editor.decorationsProperty().get().runStates().get("b")));
        assertTrue(ui.call(() -> editor.decorationsProperty().get().breakpoints().contains("b")));

        ui.run(runner::stepOver);
        ui.await(() -> runner.stateProperty().get() == DebugState.PAUSED
                && "c".equals(runner.pauseProperty().get().taskId()), "step to c");
        assertEquals(List.of("a", "b"), runner.lastContext().completedTasks());

        ui.run(runner::resume);
        awaitState(DebugState.FINISHED, "finish");
        assertEquals(20L, ((Number) runner.lastContext().result("c", null)).longValue());
        RunRecord record = ui.call(() -> runner.history().get(0));
        assertEquals("completed", record.status());
        assertEquals(3, record.steps());
        String finished = ui.call(() -> runner.statusProperty().get());
        assertTrue(finished.contains(" in " + record.millis() + " ms"), "the status line and the history agree: "
                + finished + " / " + record.millis() + " ms");
        assertEquals(NodeRunState.SKIPPED, ui.call(() -> editor.decorationsProperty().get().runStates().get("orphan")));
        assertTrue(ui.call(() -> runner.abilities().canRun().get()));
    }

    @Test
    void failingNodeShowsItsRetriesAndError() {
        WorkflowDocument document = WorkflowDocument.of("flaky", List.of(
                        WorkflowNode.of("flaky", "fail", Map.of("failures", 5, "message", "boom", "value", 1), 0, 0)
                                .withMaxRetries(2)), List.of(), List.of());
        open(document);
        ui.run(runner::run);
        awaitState(DebugState.FINISHED, "finish");
        RunMonitor monitor = ui.call(() -> runner.monitorProperty().get());
        assertEquals(List.of("retry", "retry", "error"), ui.call(() -> monitor.timeline().stream()
                .map(TimelineEntry::outcome).toList()));
        assertEquals(NodeRunState.FAILED, ui.call(() -> monitor.states().get("flaky")));
        assertTrue(ui.call(() -> monitor.log().stream().anyMatch(entry -> entry.level().equals("error")
                && entry.message().contains("boom") && entry.detail().contains("PlannedFailure"))));
        assertTrue(ui.call(() -> runner.statusProperty().get()).contains("failed"));
    }

    @Test
    void checkpointNowWhilePausedWritesASetTheInspectorReadsWithoutErrors() throws Exception {
        open(chain());
        ui.run(() -> runner.toggleBreakpoint("c"));
        ui.run(runner::run);
        awaitState(DebugState.PAUSED, "pause at c");
        CheckpointResult written = ui.call(runner::checkpointNow);
        CheckpointInspection inspection = CheckpointReader.read(written.base());
        assertFalse(inspection.hasErrors(), inspection.flags().toString());
        assertEquals(List.of("c"), inspection.pendingTaskIds());
        ui.run(runner::stop);
        awaitState(DebugState.FINISHED, "stopped");

        ui.run(() -> runner.resumeFrom(written.base()));
        awaitState(DebugState.PAUSED, "resumed paused");
        assertEquals("c", ui.call(() -> runner.pauseProperty().get().taskId()));
        ui.run(runner::resume);
        awaitState(DebugState.FINISHED, "resumed run finished");
        assertEquals(20L, ((Number) runner.lastContext().result("c", null)).longValue());
    }

    @Test
    void channelRowsAreCopiedOnlyWhileAPanelShowsThemAndAlwaysAtTheEnd() {
        open(chain());
        ui.run(() -> runner.toggleBreakpoint("c"));
        ui.run(runner::run);
        awaitState(DebugState.PAUSED, "pause at c");
        assertEquals(List.of("c"), ui.call(() -> runner.snapshots().queue().stream().map(QueueRow::taskId).toList()),
                "the queue is always copied");
        assertTrue(ui.call(() -> runner.snapshots().channel().isEmpty()), "no panel shows the channel: not copied");
        ui.run(() -> runner.channelShown(true));
        assertTrue(ui.call(() -> runner.snapshots().channel().stream().anyMatch(row -> row.key().equals("b.__result__"))),
                "shown: the rows come at once");
        ui.run(() -> runner.channelShown(false));
        ui.run(runner::resume);
        awaitState(DebugState.FINISHED, "finish");
        assertTrue(ui.call(() -> runner.history().get(0).channel().stream().anyMatch(row -> row.key().equals("c.__result__"))),
                "the run's record has the final channel even with no panel showing it");
    }

    @Test
    void aTaskThatStartsJustAfterAPublishIsShownRunningWithoutWaitingForItToEnd() {
        WorkflowDocument document = WorkflowDocument.of("long task", List.of(
                WorkflowNode.of("quick", "echo", Map.of("value", 1), 0, 0),
                WorkflowNode.of("long", "sleep", Map.of("millis", 3000), 200, 0)), List.of(), List.of())
                .withEdge("quick", "long").withStart("quick");
        open(document);
        ui.run(runner::run);
        ui.await(() -> editor.decorationsProperty().get().runStates().get("long") == NodeRunState.RUNNING,
                "the long task shows as running while it runs");
        assertEquals(DebugState.RUNNING, ui.call(() -> runner.stateProperty().get()), "well before it ends");
        assertEquals(NodeRunState.SUCCEEDED, ui.call(() -> editor.decorationsProperty().get().runStates().get("quick")));
        ui.run(runner::stop);
        awaitState(DebugState.FINISHED, "stopped");
    }

    @Test
    void aChannelLargerThanShownIsCountedOutsideItsRows() {
        int count = RunSnapshots.CHANNEL_LIMIT + 500;
        open(DebuggerBenchmark.chain(count));
        ui.run(() -> runner.maxStepsProperty().set(count + 10));
        ui.run(runner::run);
        awaitState(DebugState.FINISHED, "finish");
        List<ChannelRow> rows = ui.call(() -> List.copyOf(runner.snapshots().channel()));
        assertEquals(RunSnapshots.CHANNEL_LIMIT, rows.size(), "only the first entries are rows");
        assertTrue(rows.stream().allMatch(row -> row.key().endsWith("__result__")), "no row stands for the rest");
        assertTrue(ui.call(() -> runner.snapshots().channelTotalProperty().get()) >= count, "the total is counted");
    }

    @Test
    void aLongRunEndsWithEveryChangeShownAndNothingTwice() {
        int count = 30_000;
        open(DebuggerBenchmark.chain(count));
        ui.run(() -> runner.maxStepsProperty().set(count + 10));
        ui.run(runner::run);
        awaitState(DebugState.FINISHED, "finish");
        RunMonitor monitor = ui.call(() -> runner.monitorProperty().get());
        assertEquals(count, ui.call(monitor::attempts), "the result waited for the last folded changes");
        assertEquals(count, ui.call(() -> monitor.states().size()));
        assertTrue(ui.call(() -> monitor.states().values().stream().allMatch(state -> state == NodeRunState.SUCCEEDED)));
        assertTrue(ui.call(() -> monitor.runCounts().values().stream().allMatch(runs -> runs == 1)),
                "every task counted once");
        assertEquals(RunMonitor.TIMELINE_LIMIT, ui.call(() -> monitor.timeline().size()));
        assertEquals(NodeRunState.SUCCEEDED,
                ui.call(() -> editor.decorationsProperty().get().runStates().get("t" + (count - 1))));
    }

    @Test
    void runFromHereKeepsTheChannelOfTheLastRun() {
        open(chain());
        ui.run(runner::run);
        awaitState(DebugState.FINISHED, "first run");
        ui.run(() -> runner.runFrom("c"));
        ui.await(() -> runner.stateProperty().get() == DebugState.FINISHED && runner.history().size() == 2, "second run");
        assertEquals("completed", ui.call(() -> runner.history().get(0).status()));
        assertEquals(1, ui.call(() -> runner.history().get(0).steps()));
        assertEquals(20L, ((Number) runner.lastContext().result("c", null)).longValue());
    }

    @Test
    void everyRunFillsTheSameTimelineAndLogListsAndKeepsItsOwnCopyInTheHistory() {
        open(chain());
        javafx.collections.ObservableList<TimelineEntry> timeline = ui.call(() -> runner.rows().timeline());
        javafx.collections.ObservableList<LogEntry> log = ui.call(() -> runner.rows().log());
        ui.run(runner::run);
        awaitState(DebugState.FINISHED, "first run");
        assertEquals(List.of("a", "b", "c"), ui.call(() -> timeline.stream().map(TimelineEntry::taskId).toList()));
        ui.run(() -> runner.runFrom("c"));
        ui.await(() -> runner.stateProperty().get() == DebugState.FINISHED && runner.history().size() == 2, "second run");
        assertSame(timeline, ui.call(() -> runner.rows().timeline()), "the panels' list stays, so their cells do");
        assertSame(log, ui.call(() -> runner.rows().log()));
        assertSame(timeline, ui.call(() -> runner.monitorProperty().get().timeline()));
        assertEquals(List.of("c"), ui.call(() -> timeline.stream().map(TimelineEntry::taskId).toList()),
                "the second run's rows replaced the first's");
        assertEquals(List.of("a", "b", "c"), ui.call(() -> runner.history().get(1).timeline().stream()
                .map(TimelineEntry::taskId).toList()), "the first run's record kept its own rows");
    }

    @Test
    void restartPressedTwiceQuicklyLeavesOneRunThatStopsAtTheBreakpoint() {
        open(chain());
        runToTheBreakpointAtB();
        ui.run(() -> {
            runner.restart();
            runner.restart(); // before the first restart's run began
        });
        awaitState(DebugState.PAUSED, "the last restart's run pauses at b: the one it replaced did not keep the engine thread");
        assertEquals("b", ui.call(() -> runner.pauseProperty().get().taskId()));
        ui.run(runner::resume);
        awaitState(DebugState.FINISHED, "finish");
        assertEquals("completed", ui.call(() -> runner.history().get(0).status()));
        assertEquals(3, ui.call(() -> runner.history().get(0).steps()));
    }

    @Test
    void aRestartedRunIsInTheHistoryOnceAsStopped() {
        open(chain());
        runToTheBreakpointAtB();
        ui.run(runner::restart);
        awaitState(DebugState.PAUSED, "the new run pauses at b");
        // whether the first run's result came back before the new run began or not
        assertEquals(List.of("stopped"), ui.call(() -> runner.history().stream().map(RunRecord::status).toList()));
        RunRecord stopped = ui.call(() -> runner.history().get(0));
        assertEquals(1, stopped.steps(), "a ran, b did not");
        assertEquals(List.of("a"), stopped.timeline().stream().map(TimelineEntry::taskId).toList());
        ui.run(runner::resume);
        awaitState(DebugState.FINISHED, "finish");
        assertEquals(List.of("completed", "stopped"),
                ui.call(() -> runner.history().stream().map(RunRecord::status).toList()));
        assertEquals(List.of(2, 1), ui.call(() -> runner.history().stream().map(RunRecord::number).toList()));
    }

    @Test
    void aRunThatFinishedBeforeTheWindowHeardOfItIsRecordedAsItEndedWhenRestarted() {
        open(chain());
        runToTheBreakpointAtB();
        ui.run(() -> {
            runner.resume();
            // the window is busy: the run ends on the engine thread, its result waits behind this task
            try {
                engineThread.submit(() -> { }).get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertTrue(runner.stateProperty().get() != DebugState.FINISHED, "the window has not seen the end yet");
            runner.restart();
        });
        awaitState(DebugState.PAUSED, "the new run pauses at b");
        assertEquals(List.of("completed"), ui.call(() -> runner.history().stream().map(RunRecord::status).toList()),
                "recorded as it ended, not as stopped, and once");
        assertEquals(3, ui.call(() -> runner.history().get(0).steps()), "the engine's step count");
        ui.run(runner::resume);
        awaitState(DebugState.FINISHED, "finish");
        assertEquals(List.of("completed", "completed"),
                ui.call(() -> runner.history().stream().map(RunRecord::status).toList()));
    }
}
