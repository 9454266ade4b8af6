package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.ui.common.FxEventPump;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries one run's debugger output from the engine thread to the FX thread. The engine thread
 * {@link #post posts} engine events and debugger notices (state changes, the run's result); each
 * is stamped with its posting time and kept in order. The thread that posts the
 * {@value #FOLD_CHUNK}th waiting item folds them into the run's {@link RunMonitor} (in a busy
 * run that is the engine thread). A timer on the runner's monitor thread folds what waits once
 * no event has come for {@value #QUIET_MILLIS} ms (a run that sits in a long task) or the oldest
 * has waited {@value #MAX_WAIT_MILLIS} ms (a slow, steady run). A notice is folded right away on
 * the monitor thread, together with the events before it, and passed on to the FX thread as a
 * {@link Notice} that says how many folded batches came before it, so the FX thread applies it
 * right after those and not before; the thread that posted it (the FX thread, on a click) does
 * not fold. When new events were folded the relay also sends {@link #CHANGED}, at most one
 * waiting at a time. The FX thread shows changes only a few times a second; when it holds
 * changes it has not shown yet it asks for a {@link #remindLater reminder}, so they never wait
 * for an event that may not come. So the FX thread never handles single events: a run of 100,000
 * tasks costs it a few hundred pulls of what changed, not 300,000 events.
 *
 * <p>Why the engine thread folds: on a machine with two cores the engine takes one, and the FX
 * and render threads share the other. A thread that folded there as well (it did until this
 * was measured) competed with them for it, and the longest frames of a 100,000-task run came
 * when a run's first rows arrived. Folding adds about a fifth to the engine thread's CPU time,
 * which the debugger's budget (twice the bare run) covers (docs/performance.md, "Fourth pass").
 * The timeline and the log use the posting times, so waiting for a fold does not change them.
 *
 * <p>Thread-safe: {@link #post} from any thread (items are folded one batch at a time, in the
 * order they were posted); the FX handler runs on the FX thread.
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
    /** Items (events and notices) folded at once by the thread that posts the last of them. */
    static final int FOLD_CHUNK = 4096;
    /** How often the monitor thread looks at items that wait for a fold. */
    static final long FLUSH_MILLIS = 15;
    /** The timer folds the waiting items once no item was posted for this long... */
    static final long QUIET_MILLIS = 5;
    /** ...or once the oldest has waited this long. */
    static final long MAX_WAIT_MILLIS = 50;
    private static final System.Logger LOG = System.getLogger(RunEventRelay.class.getName());
    /** Items handed to the FX thread per chunk. */
    private static final int FX_CHUNK = 512;

    private final RunMonitor monitor;
    private final ScheduledExecutorService monitorThread;
    private final Object foldLock = new Object();
    /** Items posted and not folded yet, in order; guarded by {@link #foldLock}. */
    private final Object[] waiting = new Object[FOLD_CHUNK];
    /** When each waiting item was posted ({@link System#nanoTime()}); guarded by {@link #foldLock}. */
    private final long[] postedNanos = new long[FOLD_CHUNK];
    /** How many items wait; guarded by {@link #foldLock}. */
    private int waitingCount;
    /** Whether the timer will look at the waiting items; guarded by {@link #foldLock}. */
    private boolean timerArmed;
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
     * Takes an engine event or a debugger notice (any thread): an event is folded with the ones
     * around it, a notice soon after, on the monitor thread, with the events before it.
     */
    void post(Object item) {
        boolean armTimer = false;
        boolean foldSoon = false;
        synchronized (foldLock) {
            waiting[waitingCount] = item;
            postedNanos[waitingCount] = System.nanoTime();
            waitingCount++;
            if (waitingCount == FOLD_CHUNK) {
                foldWaiting();
            } else if (!(item instanceof RunEvent)) {
                foldSoon = true;
            } else if (!timerArmed) {
                timerArmed = true;
                armTimer = true;
            }
        }
        if (foldSoon) {
            onMonitorThread(this::foldNow, 0);
        }
        if (armTimer) {
            onMonitorThread(this::timer, FLUSH_MILLIS);
        }
    }

    /**
     * Runs {@code task} on the monitor thread after {@code delayMillis}; if that thread is shut
     * down, folds what waits here and now instead.
     */
    private void onMonitorThread(Runnable task, long delayMillis) {
        try {
            monitorThread.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException shutDown) {
            synchronized (foldLock) {
                timerArmed = false;
                foldWaiting();
            }
        }
    }

    private void foldNow() {
        synchronized (foldLock) {
            foldWaiting();
        }
    }

    /** The timer: folds the waiting items once the run went quiet or the oldest waited long enough. */
    private void timer() {
        boolean busy = false;
        synchronized (foldLock) {
            if (waitingCount > 0) {
                long now = System.nanoTime();
                boolean quiet = now - postedNanos[waitingCount - 1] >= TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS);
                boolean overdue = now - postedNanos[0] >= TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                if (!quiet && !overdue) {
                    busy = true; // the engine is busy: it fills the chunk and folds it itself
                } else {
                    foldWaiting();
                }
            }
            timerArmed = busy;
        }
        if (busy) {
            onMonitorThread(this::timer, FLUSH_MILLIS);
        }
    }

    /**
     * Folds the waiting items in order: each run of events as one batch, each notice passed on
     * after the batches before it; tells the FX side when events were folded. Holds
     * {@link #foldLock}.
     */
    private void foldWaiting() {
        boolean folded = false;
        int from = 0;
        try {
            for (int i = 0; i < waitingCount; i++) {
                if (!(waiting[i] instanceof RunEvent)) {
                    folded |= foldEvents(from, i);
                    toFx.post(new Notice(waiting[i], monitor.foldedBatches()));
                    from = i + 1;
                }
            }
            folded |= foldEvents(from, waitingCount);
        } finally {
            java.util.Arrays.fill(waiting, 0, waitingCount, null);
            waitingCount = 0;
        }
        if (folded) {
            sendChanged();
        }
    }

    /** Folds the waiting events {@code [from, to)}; answers whether there were any. */
    private boolean foldEvents(int from, int to) {
        if (from == to) {
            return false;
        }
        try {
            monitor.fold(waiting, postedNanos, from, to);
        } catch (RuntimeException e) {
            // the panels miss these events; the run, its notices and its result still come through
            LOG.log(System.Logger.Level.WARNING, "debugger display skipped " + (to - from) + " events", e);
        }
        return true;
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
