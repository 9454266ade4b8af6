package io.github.graflowstudio.ui.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.event.RunEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/** The pacer on a made-up clock: parking moves the clock on, and pulses come when the test says. */
class FramePacerTest {
    private static final long MILLI = 1_000_000L;
    private static final RunEvent EVENT = new RunEvent.TaskStarting("session", "t", 1, 1);

    private long now = 1_000 * MILLI;
    private final List<Long> parks = new ArrayList<>();
    /** When set, a pulse begins once the engine has parked this many times. */
    private int pulseAfterParks = -1;
    /** When set, the run stops being shown once the engine has parked this many times. */
    private int deactivateAfterParks = -1;
    private final Pulses pulses = new Pulses();
    private final FramePacer pacer = new FramePacer(pulses, () -> now, this::park);

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

    private void park(long nanos) {
        parks.add(nanos);
        now += nanos;
        if (parks.size() == pulseAfterParks) {
            pulses.onPulse.accept(now);
        }
        if (parks.size() == deactivateAfterParks) {
            pacer.setActive(false);
        }
    }

    /** One look at the clock: the events between two looks. */
    private void events() {
        for (int i = 0; i < FramePacer.CHECK_EVERY; i++) {
            pacer.onRunEvent(EVENT);
        }
    }

    @Test
    void anEngineKeepsRunningWhileTheWindowKeepsUp() {
        pacer.setActive(true);
        for (int frame = 0; frame < 100; frame++) {
            now += 16 * MILLI;
            pulses.onPulse.accept(now);
            events();
            now += (FramePacer.LATE_MILLIS - 17) * MILLI;
            events();
        }
        assertTrue(parks.isEmpty(), "no frame was late, so the engine never waited");
    }

    @Test
    void aLateFrameHoldsTheEngineUntilTheNextPulseBegins() {
        pacer.setActive(true);
        pulses.onPulse.accept(now);
        now += (FramePacer.LATE_MILLIS + 1) * MILLI;
        pulseAfterParks = 4;
        events();
        assertEquals(4, parks.size(), "waited until the pulse, not longer");
        parks.clear();
        events();
        assertTrue(parks.isEmpty(), "the frame that followed is on time");
    }

    @Test
    void aWindowThatStopsPulsingHoldsTheEngineOnceForAtMostTheLimit() {
        pacer.setActive(true);
        pulses.onPulse.accept(now);
        now += 500 * MILLI;
        events();
        long waited = parks.stream().mapToLong(Long::longValue).sum();
        assertTrue(waited >= FramePacer.MAX_WAIT_MILLIS * MILLI && waited <= (FramePacer.MAX_WAIT_MILLIS + 1) * MILLI,
                "waited " + waited / MILLI + " ms");
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
        pacer.setActive(true);
        pulses.onPulse.accept(now);
        now += 200 * MILLI;
        for (int i = 0; i < FramePacer.CHECK_EVERY - 1; i++) {
            pacer.onRunEvent(EVENT);
        }
        assertTrue(parks.isEmpty());
        pacer.onRunEvent(EVENT);
        assertFalse(parks.isEmpty());
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
    }

    @Test
    void theEngineIsReleasedAtOnceWhenTheRunStopsBeingShown() {
        pacer.setActive(true);
        pulses.onPulse.accept(now);
        now += 100 * MILLI;
        deactivateAfterParks = 2;
        events();
        assertEquals(2, parks.size(), "stopped waiting as soon as the run was no longer shown");
        assertFalse(pacer.isActive());
    }

    @Test
    void withoutPulsesToFollowThePacerStaysInactive() {
        FramePacer none = FramePacer.none();
        none.setActive(true);
        assertFalse(none.isActive());
    }
}
