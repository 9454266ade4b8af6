package io.github.graflowstudio.ui.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.ui.editor.NodeRunState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The way from the engine thread to the FX thread: events are folded in chunks on the posting
 * thread (or by a timer when they stop short of a chunk), notices arrive after the events before
 * them were folded, and the FX thread is told about new changes once, not per event. The FX
 * thread is played by the test, from a queue of tasks.
 */
class RunEventRelayTest {
    private static final String ROOT = "s1";
    private final ScheduledExecutorService monitorThread = RunEventRelay.newMonitorThread();
    private final BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
    private final List<Object> received = new ArrayList<>();

    @AfterEach
    void stop() {
        monitorThread.shutdownNow();
    }

    private static List<RunEvent> attempt(String taskId) {
        return List.of(new RunEvent.TaskQueued(ROOT, taskId, 1), new RunEvent.TaskStarting(ROOT, taskId, 1, 1),
                new RunEvent.TaskSucceeded(ROOT, taskId, 1, 1, 100));
    }

    /** What the FX side received: notices unwrapped, and {@link RunEventRelay#CHANGED}. */
    private void receive(List<Object> batch) {
        for (Object item : batch) {
            received.add(item instanceof RunEventRelay.Notice notice ? notice.item() : item);
        }
    }

    /** Runs FX tasks until one delivered {@code item}, or fails after a few seconds. */
    private void runFxUntil(Object item) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!received.contains(item)) {
            Runnable task = fxTasks.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertNotNull(task, "the FX side never got " + item + "; got " + received);
            task.run();
        }
    }

    @Test
    void aNoticeArrivesAfterEveryEventPostedBeforeItWasFolded() throws Exception {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime(), 4000);
        NodeRunState[] lastTaskAtNotice = new NodeRunState[1];
        Object notice = "paused";
        long[] foldedBefore = {-1};
        RunEventRelay relay = new RunEventRelay(monitor, monitorThread, fxTasks::add, batch -> {
            receive(batch);
            for (Object item : batch) {
                if (item instanceof RunEventRelay.Notice wrapped && wrapped.item() == notice) {
                    foldedBefore[0] = wrapped.foldedBefore();
                    while (monitor.pulledBatches() < wrapped.foldedBefore()) {
                        monitor.pull(0);
                    }
                    lastTaskAtNotice[0] = monitor.states().get("t2999");
                }
            }
        });
        for (int i = 0; i < 3000; i++) {
            attempt("t" + i).forEach(relay::post);
        }
        relay.post(notice);
        relay.post(new RunEvent.TaskQueued(ROOT, "after", 1));
        runFxUntil(notice);
        assertEquals(NodeRunState.SUCCEEDED, lastTaskAtNotice[0],
                "pulling the batches folded before the notice, one at a time, shows the 3,000th task");
        assertEquals(3000, monitor.attempts(), "and nothing after the notice yet");
        assertTrue(foldedBefore[0] >= 1);
        assertFalse(received.stream().anyMatch(item -> item instanceof RunEvent), "single events never reach the FX side");
    }

    @Test
    void theFxSideIsToldOfNewChangesOnceUntilItTakesThem() throws Exception {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime(), 20_000);
        RunEventRelay relay = new RunEventRelay(monitor, monitorThread, fxTasks::add, this::receive);
        for (int i = 0; i < 20_000; i++) {
            attempt("t" + i).forEach(relay::post);
        }
        Object done = "done";
        relay.post(done);
        runFxUntil(done);
        assertEquals(1, received.stream().filter(item -> item == RunEventRelay.CHANGED).count(),
                "60,000 events, folded in many chunks, announced once: " + received.size() + " items");

        relay.changedTaken();
        received.clear();
        Thread.sleep(2 * RunEventRelay.REMINDER_MILLIS);
        assertTrue(fxTasks.isEmpty(), "no events, no reminder asked for: nothing comes");
        long before = System.nanoTime();
        relay.remindLater();
        relay.remindLater();
        runFxUntil(RunEventRelay.CHANGED);
        assertTrue(System.nanoTime() - before >= TimeUnit.MILLISECONDS.toNanos(RunEventRelay.REMINDER_MILLIS - 20));
        Thread.sleep(2 * RunEventRelay.REMINDER_MILLIS);
        while (!fxTasks.isEmpty()) {
            fxTasks.poll().run();
        }
        assertEquals(List.of(RunEventRelay.CHANGED), received,
                "a reminder comes without new events, once however often it was asked for before it came");
        monitor.pull();
        assertEquals(NodeRunState.SUCCEEDED, monitor.states().get("t19999"));
    }

    @Test
    void aPullWithinItsBudgetAppliesWholeBatchesOldestFirst() {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime(), 16);
        monitor.fold(attempt("a"));
        monitor.fold(attempt("b"));
        monitor.fold(List.of(new RunEvent.TaskQueued(ROOT, "c", 1)));
        assertTrue(monitor.pull(0), "a spent budget stops after one batch, with batches left");
        assertEquals(NodeRunState.SUCCEEDED, monitor.states().get("a"));
        assertEquals(null, monitor.states().get("b"), "nothing of a batch not pulled is shown");
        assertFalse(monitor.pull(Long.MAX_VALUE));
        assertEquals(NodeRunState.SUCCEEDED, monitor.states().get("b"));
        assertEquals(NodeRunState.QUEUED, monitor.states().get("c"));
        assertEquals(2, monitor.attempts());
        assertFalse(monitor.pull(0), "nothing left");
    }

    @Test
    void eventsAreFoldedInChunksOnThePostingThreadAndTheRestByTheTimer() throws Exception {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime(), 16);
        RunEventRelay relay = new RunEventRelay(monitor, monitorThread, fxTasks::add, this::receive);
        for (int i = 0; i < RunEventRelay.FOLD_CHUNK; i++) {
            relay.post(new RunEvent.TaskQueued(ROOT, "q" + i, 1));
        }
        monitor.pull();
        assertEquals(RunEventRelay.FOLD_CHUNK, monitor.states().size(),
                "a full chunk is folded on the posting thread, before the last post returns");
        assertEquals(List.of(RunEventRelay.CHANGED), drainFx(), "and the FX side is told, once");

        Thread.sleep(3 * RunEventRelay.FLUSH_MILLIS); // the timer started by the chunk's first event is over
        relay.changedTaken();
        received.clear();
        long posted = System.nanoTime();
        attempt("slow").forEach(relay::post);
        relay.post(new RunEvent.TaskStarting(ROOT, "long", 1, 2));
        runFxUntil(RunEventRelay.CHANGED);
        long waited = System.nanoTime() - posted;
        assertTrue(waited >= TimeUnit.MILLISECONDS.toNanos(RunEventRelay.FLUSH_MILLIS),
                "events short of a chunk are folded by the timer once no more come, never early: "
                        + waited / 1_000_000 + " ms");
        assertTrue(monitor.foldedBatches() >= 2);
        monitor.pull();
        assertEquals(NodeRunState.SUCCEEDED, monitor.states().get("slow"));
        assertEquals(NodeRunState.RUNNING, monitor.states().get("long"),
                "a task that keeps running shows as running without any event after it");
    }

    /** Runs the FX tasks queued so far and returns what they delivered. */
    private List<Object> drainFx() {
        Runnable task;
        while ((task = fxTasks.poll()) != null) {
            task.run();
        }
        return new ArrayList<>(received);
    }

    @Test
    void theTimelineAndLogShowWhenEventsWerePostedNotWhenTheyWereFolded() throws Exception {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime(), 16);
        RunEventRelay relay = new RunEventRelay(monitor, monitorThread, fxTasks::add, this::receive);
        long started = System.nanoTime();
        relay.post(new RunEvent.TaskStarting(ROOT, "flaky", 1, 1));
        Thread.sleep(40);
        relay.post(new RunEvent.TaskFailed(ROOT, "flaky", 1, new IllegalStateException("boom"), true));
        long failed = System.nanoTime(); // both posting times lie between these two
        Object done = "done";
        relay.post(done);
        runFxUntil(done);
        monitor.pull();
        monitor.publishLists();
        TimelineEntry attempt = monitor.timeline().get(0);
        assertEquals("retry", attempt.outcome());
        double between = (failed - started) / 1e3;
        assertTrue(attempt.durationMicros() >= 35_000 && attempt.durationMicros() <= between,
                "a failed attempt lasts from its start to its failure as posted, though both were folded together: "
                        + attempt.durationMicros() + " µs");
    }

    @Test
    void anEventTheFoldCannotShowIsSkippedAndTheRunStillComesThrough() throws Exception {
        RunMonitor monitor = new RunMonitor(ROOT, System.nanoTime(), 16);
        RunEventRelay relay = new RunEventRelay(monitor, monitorThread, fxTasks::add, this::receive);
        Throwable unprintable = new IllegalStateException("cannot print me") {
            @Override
            public void printStackTrace(java.io.PrintWriter writer) {
                throw new IllegalStateException("printing failed");
            }
        };
        relay.post(new RunEvent.TaskStarting(ROOT, "odd", 1, 1));
        relay.post(new RunEvent.TaskFailed(ROOT, "odd", 1, unprintable, false));
        Object middle = "middle";
        relay.post(middle);
        runFxUntil(middle);
        attempt("next").forEach(relay::post);
        Object done = "done";
        relay.post(done);
        runFxUntil(done);
        monitor.pull();
        assertEquals(NodeRunState.SUCCEEDED, monitor.states().get("next"), "events after the failed fold are shown");
    }
}
