package io.github.graflowstudio.ui.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.event.RunEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * The pacer on a made-up clock: a park moves the clock on by at most a millisecond (a park may
 * end early), or to the pulse the test scheduled when that comes first.
 */
class FramePacerTest {
    private static final long MILLI = 1_000_000L;
    private static final RunEvent EVENT = new RunEvent.TaskStarting("session", "t", 1, 1);

    private long now = 1_000 * MILLI;
    private int clockReads;
    /** How long each park lasted. */
    private final List<Long> parks = new ArrayList<>();
    private int wakes;
    /** When a pulse will begin while the engine waits, or -1. */
    private long pulseAt = -1;
    /** When set, the run stops being shown during the engine's first park. */
    private boolean deactivateWhileParked;
    private final List<Runnable> fxTasks = new ArrayList<>();
    private final Pulses pulses = new Pulses();
    private final FramePacer pacer = new FramePacer(pulses, fxTasks::add, () -> {
        clockReads++;
        return now;
    }, new FramePacer.Parker() {
        @Override
        public void park(long nanos) {
            long start = now;
            long step = Math.min(nanos, MILLI);
            if (pulseAt >= 0 && pulseAt <= now + step) {
                now = Math.max(now, pulseAt);
                pulseAt = -1;
                pulses.onPulse.accept(now);
            } else {
                now += step;
            }
            parks.add(now - start);
            if (deactivateWhileParked) {
                pacer.setActive(false);
            }
        }

        @Override
        public void wake(Thread thread) {
            wakes++;
        }
    });

    private static final class Pulses implements FramePacer.PulseSource {
        LongConsumer onPulse;
        int starts;
        int stops;

        @Override
        public void start(LongConsumer callback) {
            onPulse = callback;
            starts++;
        }

        @Override
        public void stop() {
            onPulse = null;
            stops++;
        }
    }

    /** A run is shown, and a pulse has just begun. */
    private void runningSinceAPulse() {
        pacer.setActive(true);
        pulses.onPulse.accept(now);
    }

    /** One look at the clock: the events between two looks. */
    private void events() {
        for (int i = 0; i < FramePacer.CHECK_EVERY; i++) {
            pacer.onRunEvent(EVENT);
        }
    }

    /** Pulses, 16 ms apart, without events, until a little past the quiet time. */
    private void quietSpell() {
        for (int pulse = 0; pulse * 16 <= FramePacer.QUIET_MILLIS + 16; pulse++) {
            now += 16 * MILLI;
            if (pacer.isPulsing()) {
                pulses.onPulse.accept(now);
            }
        }
    }

    private long waited() {
        return parks.stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void anEngineKeepsRunningWhileTheWindowKeepsUp() {
        pacer.setActive(true);
        for (int frame = 0; frame < 100; frame++) {
            pulses.onPulse.accept(now);
            events();
            now += (FramePacer.LATE_MILLIS - 1) * MILLI; // the next pulse comes 1 ms before it is late
            events();
            now += MILLI;
        }
        assertTrue(parks.isEmpty(), "no frame was late, so the engine never waited");
        assertTrue(pacer.isPulsing());
    }

    @Test
    void aLateFrameHoldsTheEngineUntilTheNextPulseBegins() {
        runningSinceAPulse();
        now += (FramePacer.LATE_MILLIS + 1) * MILLI;
        pulseAt = now + 4 * MILLI;
        events();
        assertEquals(4 * MILLI, waited(), "waited until the pulse, not longer");
        assertEquals(1, wakes, "the pulse woke the engine");
        parks.clear();
        events();
        assertTrue(parks.isEmpty(), "the frame that followed is on time");
    }

    @Test
    void aWindowThatStopsPulsingHoldsTheEngineOnceForAtMostTheLimit() {
        runningSinceAPulse();
        now += 100 * MILLI;
        events();
        assertEquals(FramePacer.MAX_WAIT_MILLIS * MILLI, waited());
        parks.clear();
        for (int i = 0; i < 50; i++) {
            events();
        }
        assertTrue(parks.isEmpty(), "no second wait for the same late frame");
        pulses.onPulse.accept(now);
        now += (FramePacer.LATE_MILLIS + 5) * MILLI;
        events();
        assertFalse(parks.isEmpty(), "a new late frame is waited for again");
    }

    @Test
    void theClockIsReadOnlyEveryFewEvents() {
        runningSinceAPulse();
        int before = clockReads;
        for (int i = 0; i < 10 * FramePacer.CHECK_EVERY - 1; i++) {
            pacer.onRunEvent(EVENT);
        }
        assertEquals(9, clockReads - before, "one look at the clock per " + FramePacer.CHECK_EVERY + " events");
        now += 200 * MILLI;
        pacer.onRunEvent(EVENT);
        assertFalse(parks.isEmpty(), "the tenth look found the frame late");
    }

    @Test
    void anInactivePacerNeverHoldsTheEngineAndStopsThePulses() {
        now += 500 * MILLI;
        events();
        assertTrue(parks.isEmpty(), "before any run");
        assertEquals(0, pulses.starts, "an idle window is not kept pulsing");

        pacer.setActive(true);
        pacer.setActive(true);
        assertEquals(1, pulses.starts);
        pacer.setActive(false);
        assertEquals(1, pulses.stops);
        now += 500 * MILLI;
        events();
        assertTrue(parks.isEmpty(), "after the run");
        assertTrue(fxTasks.isEmpty(), "events after the run do not start the pulses again");
    }

    @Test
    void theEngineIsReleasedAtOnceWhenTheRunStopsBeingShown() {
        runningSinceAPulse();
        now += 100 * MILLI;
        deactivateWhileParked = true;
        events();
        assertEquals(1, parks.size(), "stopped waiting as soon as the run was no longer shown");
        assertTrue(waited() < FramePacer.MAX_WAIT_MILLIS * MILLI, "not at the end of the wait");
        assertEquals(1, wakes, "switching off woke the engine");
        assertFalse(pacer.isActive());
    }

    @Test
    void anInterruptedEngineThreadDoesNotWait() {
        runningSinceAPulse();
        now += 100 * MILLI;
        Thread.currentThread().interrupt();
        try {
            events();
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is kept for the engine to see");
        }
        assertTrue(parks.isEmpty(), "parking would return at once, again and again");
    }

    @Test
    void aQuietRunStopsThePulsesAndItsNextEventStartsThemAgain() {
        pacer.setActive(true);
        events();
        quietSpell();
        assertFalse(pacer.isPulsing(), "a run in a long task does not keep the window pulsing");
        assertEquals(1, pulses.stops);
        now += 5_000 * MILLI;
        events();
        assertTrue(parks.isEmpty(), "without pulses nothing is late");
        assertEquals(1, fxTasks.size(), "asked the FX thread once to start the pulses again");
        fxTasks.remove(0).run();
        assertTrue(pacer.isPulsing());
        assertEquals(2, pulses.starts);
        now += (FramePacer.LATE_MILLIS + 1) * MILLI;
        events();
        assertFalse(parks.isEmpty(), "late frames are waited for again");
    }

    @Test
    void activatingAgainAfterAQuietSpellStartsThePulsesAtOnce() {
        pacer.setActive(true);
        quietSpell();
        assertFalse(pacer.isPulsing(), "a long compile before the first event is a quiet spell");
        pacer.setActive(true);
        assertTrue(pacer.isPulsing(), "the run's start does not wait for its first event");
        assertEquals(2, pulses.starts);
        pacer.setActive(true);
        assertEquals(2, pulses.starts, "no second timer");
    }

    @Test
    void withoutPulsesToFollowThePacerStaysInactive() {
        FramePacer none = FramePacer.none();
        none.setActive(true);
        assertFalse(none.isActive());
    }
}
