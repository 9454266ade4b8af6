package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.debug.Breakpoint;
import io.github.graflowstudio.debug.DebugListener;
import io.github.graflowstudio.debug.DebugState;
import io.github.graflowstudio.debug.PauseInfo;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.event.RunEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * One run's way from the debug session to the runner. As the session's listener it posts engine
 * events and notices (state changes, the run's result) to a {@link RunEventRelay}; on the FX
 * thread it pulls what the relay folded, at most {@link #PULL_BUDGET_NANOS} at a time,
 * applies each notice right after the changes folded before it (so a backlog at a run's end is
 * worked off across pulses instead of in one long frame), and shows progress when the
 * {@link PublishSchedule} says so, asking the relay for a reminder while something pulled is not
 * shown yet.
 *
 * <p>The listener methods may be called from any thread; everything else runs on the FX thread.
 */
final class RunDelivery implements DebugListener {
    /** Time the FX thread spends applying folded changes before it lets a pulse through. */
    static final long PULL_BUDGET_NANOS = 3_000_000;

    /** What the runner does with a run's notices and progress (FX thread). */
    interface Receiver {
        /** Whether this delivery's run is still the runner's (a restarted run's is not). */
        boolean isCurrent();

        /** Whether the run is going on: then tables and canvas are shown only a few times a second. */
        boolean isRunning();

        /** A state change or a message of the session. */
        void stateChanged(StateChange change);

        /** The run ended. */
        void finished(RunResult result);

        /** Shows the run's queue, channel, timeline and log as they are now. */
        void showTables();

        /** Shows the run's node states on the canvas as they are now. */
        void showCanvas();
    }

    /**
     * A state change (or, with only {@code message}, a line for the status bar) queued through
     * the relay.
     */
    record StateChange(DebugState state, PauseInfo pause, String message) {
    }

    private final RunMonitor monitor;
    private final PublishSchedule schedule;
    private final Receiver receiver;
    private final RunEventRelay relay;
    private final Deque<RunEventRelay.Notice> notices = new ArrayDeque<>();

    /**
     * A delivery for one run.
     *
     * @param monitor       the run's monitor
     * @param schedule      when the runner shows progress (shared by the runner's runs)
     * @param monitorThread the thread that runs the relay's timers
     * @param fxThread      runs a task on the FX thread
     * @param receiver      the runner
     */
    RunDelivery(RunMonitor monitor, PublishSchedule schedule, ScheduledExecutorService monitorThread,
                Consumer<Runnable> fxThread, Receiver receiver) {
        this.monitor = monitor;
        this.schedule = schedule;
        this.receiver = receiver;
        this.relay = new RunEventRelay(monitor, monitorThread, fxThread, this::deliver);
    }

    @Override
    public void onRunEvent(RunEvent event) {
        relay.post(event);
    }

    @Override
    public void onStateChanged(DebugState newState, PauseInfo info) {
        relay.post(new StateChange(newState, info, null));
    }

    @Override
    public void onFinished(RunResult result) {
        relay.post(result);
    }

    @Override
    public void onConditionError(Breakpoint breakpoint, String message) {
        relay.post(new StateChange(null, null, "Breakpoint condition failed (paused there): " + message));
    }

    private void deliver(List<Object> batch) {
        if (!receiver.isCurrent()) {
            return;
        }
        for (Object item : batch) {
            if (item == RunEventRelay.CHANGED) {
                relay.changedTaken();
            } else {
                notices.add((RunEventRelay.Notice) item);
            }
        }
        long pulledBefore = monitor.pulledBatches();
        if (monitor.pull(PULL_BUDGET_NANOS)) {
            relay.changesLeft();
        }
        if (monitor.pulledBatches() != pulledBefore) {
            schedule.changed();
        }
        while (!notices.isEmpty() && notices.peek().foldedBefore() <= monitor.pulledBatches()) {
            Object item = notices.poll().item();
            if (item instanceof StateChange change) {
                receiver.stateChanged(change);
            } else if (item instanceof RunResult result) {
                receiver.finished(result);
            }
        }
        long now = System.nanoTime();
        boolean running = receiver.isRunning();
        if (schedule.snapshotsDue(now, running)) {
            receiver.showTables();
        }
        if (schedule.canvasDue(now, running)) {
            receiver.showCanvas();
        }
        if (schedule.behind()) {
            relay.remindLater();
        }
    }
}
