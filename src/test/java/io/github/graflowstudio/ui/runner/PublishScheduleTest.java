package io.github.graflowstudio.ui.runner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the runner shows progress: tables at once and then every quarter second, the canvas from the first interval. */
class PublishScheduleTest {
    private static final long MS = 1_000_000L;

    @Test
    void aRunningRunShowsItsTablesAtOnceAndItsCanvasFromTheFirstIntervalOn() {
        PublishSchedule schedule = new PublishSchedule();
        long start = 5_000 * MS;
        schedule.runStarted(start);
        assertTrue(schedule.snapshotsDue(start + MS, true), "the tables show the run at once");
        assertFalse(schedule.snapshotsDue(start + 200 * MS, true));
        assertTrue(schedule.snapshotsDue(start + 252 * MS, true));

        assertFalse(schedule.canvasDue(start + MS, true), "no canvas publish in the first milliseconds");
        assertFalse(schedule.canvasDue(start + 99 * MS, true));
        assertTrue(schedule.canvasDue(start + 101 * MS, true));
        assertFalse(schedule.canvasDue(start + 150 * MS, true), "at most ten a second");
        assertTrue(schedule.canvasDue(start + 202 * MS, true));
    }

    @Test
    void anythingIsDueWhenTheRunIsNotGoingOn() {
        PublishSchedule schedule = new PublishSchedule();
        long start = 7_000 * MS;
        schedule.runStarted(start);
        assertTrue(schedule.canvasDue(start + MS, false), "paused or finished: shown at once");
        assertTrue(schedule.canvasDue(start + 2 * MS, false));
        assertTrue(schedule.snapshotsDue(start + MS, false));
        assertTrue(schedule.snapshotsDue(start + 2 * MS, false));
    }

    @Test
    void aChangeIsBehindUntilBothTheTablesAndTheCanvasWereDue() {
        PublishSchedule schedule = new PublishSchedule();
        long start = 9_000 * MS;
        schedule.runStarted(start);
        assertFalse(schedule.behind(), "nothing changed yet");
        schedule.changed();
        assertTrue(schedule.behind());
        assertTrue(schedule.snapshotsDue(start + MS, true));
        assertTrue(schedule.behind(), "the canvas has not shown it");
        assertFalse(schedule.canvasDue(start + 50 * MS, true));
        assertTrue(schedule.behind(), "not due is not shown");
        assertTrue(schedule.canvasDue(start + 120 * MS, true));
        assertFalse(schedule.behind(), "both showed it");
        schedule.changed();
        schedule.runStarted(start + 500 * MS);
        assertFalse(schedule.behind(), "a new run starts with nothing to show");
    }
}
