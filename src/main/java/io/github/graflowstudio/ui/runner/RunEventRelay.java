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
 * Carries one run's debugger output from the engine thread to the FX thread in two hops. The
 * engine thread {@link #post posts} engine events and debugger notices (state changes, the run's
 * result). The monitor thread folds the engine events into the run's {@link RunMonitor} and
 * passes each notice on to the FX thread as a {@link Notice} that says how many folded batches
 * came before it, so the FX thread applies it right after those and not before. When it has
 * folded new events it also sends {@link #CHANGED}, at most one waiting at a time. The FX thread
 * shows changes only a few times a second; when it holds changes it has not shown yet it asks
 * for a {@link #remindLater reminder}, so they never wait for an event that may not come (a run
 * that sits in a long task). So the FX thread never handles single events: a run of 100,000 tasks
 * costs it a few hundred pulls of what changed, not 300,000 events.
 *
 * <p>Thread-safe: {@link #post} from any thread; the FX handler runs on the FX thread.
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
    /** Events folded per turn of the monitor thread. */
    private static final int MONITOR_CHUNK = 4096;
    /** Items handed to the FX thread per chunk. */
    private static final int FX_CHUNK = 512;

    private final RunMonitor monitor;
    private final ScheduledExecutorService monitorThread;
    private final FxEventPump<Object> toMonitor;
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
     * @param monitor       the run's monitor (folded on the monitor thread)
     * @param monitorThread the thread that folds (one thread)
     * @param fxThread      runs a task on the FX thread ({@code Platform::runLater})
     * @param fxHandler     receives, on the FX thread, the debugger's notices and {@link #CHANGED}
     */
    RunEventRelay(RunMonitor monitor, ScheduledExecutorService monitorThread, Consumer<Runnable> fxThread,
                  Consumer<List<Object>> fxHandler) {
        this.monitor = monitor;
        this.monitorThread = monitorThread;
        this.toFx = new FxEventPump<>(fxHandler, fxThread, FX_CHUNK, FxEventPump.DEFAULT_BUDGET_NANOS, System::nanoTime);
        this.toMonitor = new FxEventPump<>(this::fold, monitorThread::execute, MONITOR_CHUNK);
    }

    /** A monitor thread for a runner: one daemon thread, ended after a while without work. */
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

    /** Queues an engine event or a debugger notice (any thread). */
    void post(Object item) {
        toMonitor.post(item);
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

    private void fold(List<Object> batch) {
        List<RunEvent> events = new ArrayList<>(batch.size());
        boolean folded = false;
        for (Object item : batch) {
            if (item instanceof RunEvent event) {
                events.add(event);
            } else {
                monitor.fold(events);
                folded |= !events.isEmpty();
                events.clear();
                toFx.post(new Notice(item, monitor.foldedBatches()));
            }
        }
        monitor.fold(events);
        folded |= !events.isEmpty();
        if (folded) {
            sendChanged();
        }
    }

    private void sendChanged() {
        if (changedPending.compareAndSet(false, true)) {
            toFx.post(CHANGED);
        }
    }
}
