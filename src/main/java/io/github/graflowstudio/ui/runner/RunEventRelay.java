package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.ui.common.FxEventPump;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries one run's debugger output from the engine thread to the FX thread. The engine thread
 * {@link #post posts} engine events and debugger notices (state changes, the run's result). The
 * events are folded into the run's {@link RunMonitor} on the thread that posts them, a chunk of
 * {@value #FOLD_CHUNK} at a time; events that stop short of a chunk (a run that sits in a long
 * task) are folded by a timer on the runner's monitor thread at most {@value #FLUSH_MILLIS} ms
 * later. A notice first folds the events posted before it and is then passed on to the FX thread
 * as a {@link Notice} that says how many folded batches came before it, so the FX thread applies
 * it right after those and not before. When new events were folded it also sends
 * {@link #CHANGED}, at most one waiting at a time. The FX thread shows changes only a few times a
 * second; when it holds changes it has not shown yet it asks for a {@link #remindLater reminder},
 * so they never wait for an event that may not come. So the FX thread never handles single
 * events: a run of 100,000 tasks costs it a few hundred pulls of what changed, not 300,000
 * events.
 *
 * <p>Why the engine thread folds: on a machine with two cores the engine takes one, and the FX
 * and render threads share the other. A thread that folded there as well (it did until this
 * was measured) competed with them for it, and the longest frames of a 100,000-task run came
 * when a run's first rows arrived. Folding adds about a fifth to the engine thread's CPU time,
 * which the debugger's budget (twice the bare run) covers (docs/performance.md, "Fourth pass").
 *
 * <p>Thread-safe: {@link #post} from any thread (posts are folded one at a time, in the order
 * they were posted); the FX handler runs on the FX thread.
 */
final class RunEventRelay {
    /** Sent to the FX handler when the fold has changes it has not been told about. */
    static final Object CHANGED = new Object() {
        @Override
        public String toString() {
            return "changes folded";
        }
    };
    /** Delay of a {@link #remindLater reminder}. */
    static final long REMINDER_MILLIS = 300;
    /** Events folded at once on the posting thread. */
    static final int FOLD_CHUNK = 4096;
    /** Longest time posted events wait for a fold when no more come. */
    static final long FLUSH_MILLIS = 15;
    /** Items handed to the FX thread per chunk. */
    private static final int FX_CHUNK = 512;

    private final RunMonitor monitor;
    private final ScheduledExecutorService monitorThread;
    private final Object foldLock = new Object();
    /** Events posted and not folded yet; guarded by {@link #foldLock}. */
    private final List<RunEvent> unfolded = new ArrayList<>(FOLD_CHUNK);
    /** Whether a timer will fold {@link #unfolded}; guarded by {@link #foldLock}. */
    private boolean flushScheduled;
    private final FxEventPump<Object> toFx;
    private final AtomicBoolean changedPending = new AtomicBoolean();
    private final AtomicBoolean reminderScheduled = new AtomicBoolean();

    /**
     * A debugger notice on its way to the FX thread.
     *
     * @param item        the notice (a state change, the run's result)
     * @param foldedBefore how many folded batches were handed over before it: the FX thread
     *                     applies it once it has pulled that many
     */
    record Notice(Object item, long foldedBefore) {
    }

    /**
     * A relay for one run.
     *
     * @param monitor       the run's monitor (folded on the posting thread)
     * @param monitorThread the thread that runs the relay's timers (one thread)
     * @param fxThread      runs a task on the FX thread ({@code Platform::runLater})
     * @param fxHandler     receives, on the FX thread, the debugger's notices and {@link #CHANGED}
     */
    RunEventRelay(RunMonitor monitor, ScheduledExecutorService monitorThread, Consumer<Runnable> fxThread,
                  Consumer<List<Object>> fxHandler) {
        this.monitor = monitor;
        this.monitorThread = monitorThread;
        this.toFx = new FxEventPump<>(fxHandler, fxThread, FX_CHUNK, FxEventPump.DEFAULT_BUDGET_NANOS, System::nanoTime);
    }

    /**
     * A monitor thread for a runner, for the relay's timers: one daemon thread, ended after a
     * while without work.
     */
    static ScheduledExecutorService newMonitorThread() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "studio-run-monitor");
            thread.setDaemon(true);
            return thread;
        });
        executor.setKeepAliveTime(10, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /**
     * Takes an engine event or a debugger notice (any thread): an event is folded with the next
     * ones, a notice right away after the events before it.
     */
    void post(Object item) {
        boolean startTimer = false;
        synchronized (foldLock) {
            if (item instanceof RunEvent event) {
                unfolded.add(event);
                if (unfolded.size() >= FOLD_CHUNK) {
                    foldUnfolded();
                } else if (!flushScheduled) {
                    flushScheduled = true;
                    startTimer = true;
                }
            } else {
                foldUnfolded();
                toFx.post(new Notice(item, monitor.foldedBatches()));
            }
        }
        if (startTimer) {
            try {
                monitorThread.schedule(this::flush, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                flush();
            }
        }
    }

    /** Folds the events still waiting (the monitor thread's timer). */
    private void flush() {
        synchronized (foldLock) {
            flushScheduled = false;
            foldUnfolded();
        }
    }

    /** Folds the waiting events as one batch and tells the FX side; holds {@link #foldLock}. */
    private void foldUnfolded() {
        if (unfolded.isEmpty()) {
            return;
        }
        monitor.fold(unfolded);
        unfolded.clear();
        sendChanged();
    }

    /**
     * The FX handler took a {@link #CHANGED} and is about to pull: the next fold may send another
     * (FX thread).
     */
    void changedTaken() {
        changedPending.set(false);
    }

    /** The FX handler's pull ran out of time with folded changes left: sends {@link #CHANGED} again. */
    void changesLeft() {
        sendChanged();
    }

    /**
     * The FX handler holds changes it has not shown yet: sends {@link #CHANGED} again in
     * {@link #REMINDER_MILLIS} (one reminder at a time; any thread).
     */
    void remindLater() {
        if (reminderScheduled.compareAndSet(false, true)) {
            try {
                monitorThread.schedule(() -> {
                    reminderScheduled.set(false);
                    sendChanged();
                }, REMINDER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                reminderScheduled.set(false);
            }
        }
    }

    private void sendChanged() {
        if (changedPending.compareAndSet(false, true)) {
            toFx.post(CHANGED);
        }
    }
}
