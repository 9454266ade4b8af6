package io.github.graflowstudio.ui.runner;

/**
 * When the runner shows a run's progress while it goes on: the queue and channel tables (with the
 * timeline and log) at most four times a second, the canvas at most ten times a second, and the
 * canvas not before the run's first interval. Each canvas publish repaints the nodes in view whose
 * state changed, which the software pipeline rasterises; a publish in a run's first milliseconds
 * would only clear the last run's marks from every node in view, to mark them done again a moment
 * later. Whenever the run is not going on (paused, finished), everything is due at once.
 * FX thread only.
 */
final class PublishSchedule {
    /** Least time between two refreshes of the queue, channel, timeline and log. */
    static final long SNAPSHOT_INTERVAL_NANOS = 250_000_000L;
    /** Least time between two canvas publishes, and from the run's start to the first one. */
    static final long CANVAS_INTERVAL_NANOS = 100_000_000L;

    private final Throttle tables = new Throttle(SNAPSHOT_INTERVAL_NANOS);
    private final Throttle canvas = new Throttle(CANVAS_INTERVAL_NANOS);

    /** One thing shown at most once per interval while the run goes on, and whether it lags a change. */
    private static final class Throttle {
        private final long interval;
        private long last;
        private boolean behind;

        Throttle(long interval) {
            this.interval = interval;
        }

        void reset(long lastShown) {
            last = lastShown;
            behind = false;
        }

        boolean due(long now, boolean running) {
            if (running && now - last <= interval) {
                return false;
            }
            last = now;
            behind = false;
            return true;
        }
    }

    /** A run started at {@code nanos}: its tables are due at once, its canvas one interval later. */
    void runStarted(long nanos) {
        tables.reset(nanos - SNAPSHOT_INTERVAL_NANOS - 1);
        canvas.reset(nanos);
    }

    /** The run changed something the tables and the canvas show (they are behind until refreshed). */
    void changed() {
        tables.behind = true;
        canvas.behind = true;
    }

    /** Whether a change is not shown yet: then someone must come back once it is due. */
    boolean behind() {
        return tables.behind || canvas.behind;
    }

    /** Whether the tables are due now; if so, counts them as refreshed. */
    boolean snapshotsDue(long now, boolean running) {
        return tables.due(now, running);
    }

    /** Whether the canvas is due now; if so, counts it as published. */
    boolean canvasDue(long now, boolean running) {
        return canvas.due(now, running);
    }
}
