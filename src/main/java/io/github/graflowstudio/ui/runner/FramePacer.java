package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.debug.DebugListener;
import io.github.graflowstudio.engine.event.RunEvent;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;

/**
 * Lets the window's frames go before the engine while a run is shown. While it is
 * {@link #setActive active} and the run sends events, the FX thread stamps the start of every
 * pulse (a {@link PulseSource}, in the application an {@link AnimationTimer}, which keeps JavaFX
 * pulsing). The engine thread, as a session listener, looks every {@value #CHECK_EVERY} events at
 * when the last pulse began: when that is more than {@value #LATE_MILLIS} ms ago the window is
 * late with its next frame, and the engine thread waits until the next pulse begins, for at most
 * {@value #MAX_WAIT_MILLIS} ms and only once for each late frame (a window that is busy for a
 * long time slows the run by that much once, not at every check). A pulse wakes it at once.
 *
 * <p>Why: on a machine with two cores, the engine thread of a busy run keeps one core, and the FX
 * thread, the render thread and the JIT compilers share the other. A frame that needed 20 ms of
 * the FX thread took 50-70 ms, most of it waiting for a core (docs/performance.md, "Sixth
 * pass"). The operating system gives a thread of ours no higher priority than another, so the
 * engine steps aside itself, only when a frame is already late: it costs a run nothing while
 * the window keeps up.
 *
 * <p>When the run sends no event for {@value #QUIET_MILLIS} ms (a long task, a retry's back-off)
 * the pulses stop, so a window waiting on a slow task does not pulse sixty times a second; the
 * next event starts them again. Unlike the other session listeners this one may hold the engine
 * thread, for the bounded time above, and it takes no lock while it waits. Thread-safe:
 * {@link #setActive} on the FX thread, {@link #onRunEvent} from the run's engine thread (one: the
 * runner's engine runs a group's members one after another on it).
 */
final class FramePacer implements DebugListener {
    /** A frame is late when no pulse began for this long. */
    static final long LATE_MILLIS = 20;
    /** The engine waits at most this long for a late frame. */
    static final long MAX_WAIT_MILLIS = 25;
    /** Events between two looks at the clock. */
    static final int CHECK_EVERY = 32;
    /** Pulses stop after this long without an event. */
    static final long QUIET_MILLIS = 250;
    private static final long LATE_NANOS = LATE_MILLIS * 1_000_000L;
    private static final long MAX_WAIT_NANOS = MAX_WAIT_MILLIS * 1_000_000L;
    private static final long QUIET_NANOS = QUIET_MILLIS * 1_000_000L;

    /** Calls back at the start of every pulse while started (FX thread). */
    interface PulseSource {
        /** Starts calling {@code onPulse} with the time ({@link System#nanoTime()}) at each pulse. */
        void start(LongConsumer onPulse);

        /** Stops the calls. */
        void stop();
    }

    /** How the engine thread waits for a pulse. */
    interface Parker {
        /** Waits about {@code nanos}, or until {@link #wake} (the thread that waits). */
        void park(long nanos);

        /** Ends the wait of {@code thread}. */
        void wake(Thread thread);
    }

    /** Parks the engine thread ({@link LockSupport}). */
    static final Parker LOCK_SUPPORT = new Parker() {
        @Override
        public void park(long nanos) {
            LockSupport.parkNanos(FramePacer.class, nanos);
        }

        @Override
        public void wake(Thread thread) {
            LockSupport.unpark(thread);
        }
    };

    private final PulseSource pulses;
    private final Consumer<Runnable> fxThread;
    private final LongSupplier clock;
    private final Parker parker;
    private final AtomicBoolean restartAsked = new AtomicBoolean();
    /** A run is shown running (FX thread writes). */
    private volatile boolean active;
    /** The pulse source is started (FX thread writes). */
    private volatile boolean pulsing;
    private volatile long lastPulse;
    /** The pulse the engine last waited after: it does not wait again until a new pulse began. */
    private volatile long waitedAfter = Long.MIN_VALUE;
    /** The engine thread waiting for a pulse, or {@code null}. */
    private volatile Thread waiting;
    /**
     * Events seen. The engine thread counts with a release store (no fence in the per-event path;
     * a lost count with several threads only moves a check); the FX thread reads it at each pulse.
     */
    private final AtomicInteger events = new AtomicInteger();
    /** FX thread only: the event count at the last pulse, and when it last changed. */
    private int eventsAtPulse;
    private long eventsChangedAt;

    /**
     * A pacer.
     *
     * @param pulses   where pulses come from
     * @param fxThread runs a task on the FX thread (to start pulses again when events come)
     * @param clock    the time in nanoseconds ({@link System#nanoTime()})
     * @param parker   how the engine thread waits
     */
    FramePacer(PulseSource pulses, Consumer<Runnable> fxThread, LongSupplier clock, Parker parker) {
        this.pulses = pulses;
        this.fxThread = fxThread;
        this.clock = clock;
        this.parker = parker;
    }

    /** A pacer that follows the application's pulses (an {@link AnimationTimer}). */
    static FramePacer forPulses(Consumer<Runnable> fxThread) {
        return new FramePacer(new AnimationPulses(), fxThread, System::nanoTime, LOCK_SUPPORT);
    }

    /** A pacer that never holds the engine (no pulses to follow: tests without a window). */
    static FramePacer none() {
        return new FramePacer(null, Runnable::run, System::nanoTime, LOCK_SUPPORT);
    }

    /**
     * Follows the pulses while a run is going on, and lets the engine run freely otherwise (FX
     * thread). An idle window is not kept pulsing. Called again while active, it starts the pulses
     * again if a quiet spell stopped them.
     */
    void setActive(boolean running) {
        if (pulses == null) {
            return;
        }
        if (running) {
            active = true;
            if (!pulsing) {
                startPulses(); // also after a quiet spell: a run that starts after a long compile
            }
        } else if (active) {
            active = false;
            stopPulses();
            wakeWaiting();
        }
    }

    /** Whether this pacer has pulses to follow (one made for a window). */
    boolean followsPulses() {
        return pulses != null;
    }

    /** Whether the pacer follows a run (FX thread). */
    boolean isActive() {
        return active;
    }

    /** Whether the window is kept pulsing now. */
    boolean isPulsing() {
        return pulsing;
    }

    /** A pulse began at {@code nanos} (FX thread). */
    void pulse(long nanos) {
        lastPulse = nanos;
        wakeWaiting();
        int seen = events.getAcquire();
        if (seen != eventsAtPulse) {
            eventsAtPulse = seen;
            eventsChangedAt = nanos;
        } else if (nanos - eventsChangedAt > QUIET_NANOS) {
            stopPulses();
        }
    }

    @Override
    public void onRunEvent(RunEvent event) {
        if (!active) {
            return;
        }
        int count = events.getPlain() + 1;
        events.setRelease(count);
        if (!pulsing) {
            askForPulses();
        } else if (count % CHECK_EVERY == 0) {
            waitForLateFrame();
        }
    }

    private void startPulses() {
        long now = clock.getAsLong();
        lastPulse = now;
        eventsAtPulse = events.getAcquire();
        eventsChangedAt = now;
        pulsing = true;
        pulses.start(this::pulse);
    }

    private void stopPulses() {
        if (pulsing) {
            pulsing = false;
            pulses.stop();
        }
    }

    /** A quiet run sends events again: starts the pulses on the FX thread (once). */
    private void askForPulses() {
        if (restartAsked.compareAndSet(false, true)) {
            fxThread.accept(() -> {
                restartAsked.set(false);
                if (active) {
                    setActive(true);
                }
            });
        }
    }

    private void waitForLateFrame() {
        long seen = lastPulse;
        long now = clock.getAsLong();
        if (now - seen < LATE_NANOS || seen == waitedAfter) {
            return;
        }
        waitedAfter = seen;
        long end = now + MAX_WAIT_NANOS;
        Thread self = Thread.currentThread();
        waiting = self;
        try {
            long left;
            while (active && pulsing && lastPulse == seen && !self.isInterrupted()
                    && (left = end - clock.getAsLong()) > 0) {
                parker.park(left);
            }
        } finally {
            waiting = null;
        }
    }

    private void wakeWaiting() {
        Thread thread = waiting;
        if (thread != null) {
            parker.wake(thread);
        }
    }

    /** Pulses from an {@link AnimationTimer}. */
    private static final class AnimationPulses implements PulseSource {
        private AnimationTimer timer;

        @Override
        public void start(LongConsumer onPulse) {
            stop();
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    onPulse.accept(System.nanoTime());
                }
            };
            timer.start();
        }

        @Override
        public void stop() {
            if (timer != null) {
                timer.stop();
                timer = null;
            }
        }
    }
}
