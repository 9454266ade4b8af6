package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.debug.DebugListener;
import io.github.graflowstudio.engine.event.RunEvent;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;

/**
 * Lets the window's frames go before the engine while a run is shown. While it is
 * {@link #setActive active} the FX thread stamps the start of every pulse (a {@link PulseSource},
 * in the application an {@link AnimationTimer}, so JavaFX pulses all the time during a run).
 * The engine thread, as a session listener, looks every {@value #CHECK_EVERY} events at when the
 * last pulse began: when that is more than {@value #LATE_MILLIS} ms ago the window is late with
 * its next frame, and the engine thread waits until the next pulse begins, for at most
 * {@value #MAX_WAIT_MILLIS} ms and only once for each late frame (a window that is busy for a
 * long time, or no longer pulsing, slows the run by that much once, not at every check).
 *
 * <p>Why: on a machine with two cores, the engine thread of a busy run keeps one core, and the FX
 * thread, the render thread and the JIT compilers share the other. A frame that needed 20 ms of
 * the FX thread took 50-70 ms, most of it waiting for a core (docs/performance.md, "Sixth
 * pass"). The operating system gives a thread of ours no higher priority than another, so the
 * engine steps aside itself, only when a frame is already late: it costs a run nothing while
 * the window keeps up.
 *
 * <p>Unlike the other session listeners this one may hold the engine thread, for the bounded
 * time above; it takes no lock while it waits. Thread-safe: {@link #setActive} and
 * {@link #pulse} on the FX thread, {@link #onRunEvent} from any thread.
 */
final class FramePacer implements DebugListener {
    /** A frame is late when no pulse began for this long. */
    static final long LATE_MILLIS = 20;
    /** The engine waits at most this long for a late frame. */
    static final long MAX_WAIT_MILLIS = 25;
    /** Events between two looks at the clock. */
    static final int CHECK_EVERY = 32;
    private static final long LATE_NANOS = LATE_MILLIS * 1_000_000L;
    private static final long MAX_WAIT_NANOS = MAX_WAIT_MILLIS * 1_000_000L;
    private static final long PARK_NANOS = 1_000_000L;

    /** Calls back at the start of every pulse while started (FX thread). */
    interface PulseSource {
        /** Starts calling {@code onPulse} with the time ({@link System#nanoTime()}) at each pulse. */
        void start(LongConsumer onPulse);

        /** Stops the calls. */
        void stop();
    }

    private final PulseSource pulses;
    private final LongSupplier clock;
    private final LongConsumer parker;
    private volatile boolean active;
    private volatile long lastPulse;
    /** The pulse the engine last waited after: it does not wait again until a new pulse began. */
    private volatile long waitedAfter = Long.MIN_VALUE;
    private int events;

    /**
     * A pacer.
     *
     * @param pulses where pulses come from
     * @param clock  the time in nanoseconds ({@link System#nanoTime()})
     * @param parker waits about that many nanoseconds ({@link LockSupport#parkNanos(long)})
     */
    FramePacer(PulseSource pulses, LongSupplier clock, LongConsumer parker) {
        this.pulses = pulses;
        this.clock = clock;
        this.parker = parker;
    }

    /** A pacer that follows the application's pulses (an {@link AnimationTimer}). */
    static FramePacer forPulses() {
        return new FramePacer(new AnimationPulses(), System::nanoTime, LockSupport::parkNanos);
    }

    /** A pacer that never holds the engine (no pulses to follow: tests without a window). */
    static FramePacer none() {
        return new FramePacer(null, System::nanoTime, LockSupport::parkNanos);
    }

    /**
     * Follows the pulses while a run is going on, and lets the engine run freely otherwise (FX
     * thread). An idle window is not kept pulsing.
     */
    void setActive(boolean running) {
        if (pulses == null || running == active) {
            return;
        }
        if (running) {
            lastPulse = clock.getAsLong();
            pulses.start(this::pulse);
            active = true;
        } else {
            active = false;
            pulses.stop();
        }
    }

    /** Whether the pacer follows the pulses (a run is going on). */
    boolean isActive() {
        return active;
    }

    /** A pulse began at {@code nanos} (FX thread). */
    void pulse(long nanos) {
        lastPulse = nanos;
    }

    @Override
    public void onRunEvent(RunEvent event) {
        if (active && ++events % CHECK_EVERY == 0) {
            waitForLateFrame();
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
        while (active && lastPulse == seen && clock.getAsLong() - end < 0) {
            parker.accept(PARK_NANOS);
        }
    }

    /** Pulses from an {@link AnimationTimer}. */
    private static final class AnimationPulses implements PulseSource {
        private AnimationTimer timer;

        @Override
        public void start(LongConsumer onPulse) {
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
