package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.engine.RunStatus;
import java.time.Instant;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs of a runner's session, newest first, and the run going on: when and where it started,
 * and whether it is recorded yet. Each run is recorded once, when it ends or when a new run
 * replaces it (Restart), with copies of what its panels showed.
 *
 * <p>FX thread only.
 */
final class RunHistory {
    private final ObservableList<RunRecord> records = FXCollections.observableArrayList();
    private String start;
    private long startedNanos;
    private Instant startedAt;
    private boolean recorded = true;

    /** The finished runs, newest first. */
    ObservableList<RunRecord> records() {
        return records;
    }

    /**
     * A run starts from {@code startNode}.
     *
     * @return its start, {@link System#nanoTime()}
     */
    long started(String startNode) {
        start = startNode;
        startedNanos = System.nanoTime();
        startedAt = Instant.now();
        recorded = false;
        return startedNanos;
    }

    /** The start node of the current or last run, or {@code null} before the first. */
    String start() {
        return start;
    }

    /** Milliseconds since the current run started. */
    long millis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Whether a run has started that is not recorded yet. */
    boolean pending() {
        return !recorded;
    }

    /**
     * Records the current run as it ended, {@code millis} after it started (as the status line
     * says), with copies of its rows and of the queue and channel shown.
     */
    void record(RunStatus status, int steps, long millis, RunMonitor monitor, RunSnapshots snapshots) {
        records.add(0, new RunRecord(records.size() + 1, start, status.wireName(), steps, millis, startedAt,
                List.copyOf(monitor.timeline()), List.copyOf(monitor.log()),
                List.copyOf(snapshots.queue()), List.copyOf(snapshots.channel())));
        recorded = true;
    }
}
