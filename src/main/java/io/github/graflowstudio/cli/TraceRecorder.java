package io.github.graflowstudio.cli;

import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.engine.event.RunListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Records one trace entry per task attempt, in execution order, for {@code run}: step (1-based
 * position in the trace), task id, outcome ({@code success}, {@code retry}, {@code error}) and
 * attempt number. Thread-safe.
 */
public final class TraceRecorder implements RunListener {

    /**
     * One attempt.
     *
     * @param step    position in the trace, from 1
     * @param taskId  the task
     * @param outcome success, retry or error
     * @param attempt 1 for the first attempt
     * @param message the error message, or {@code null}
     */
    public record Entry(int step, String taskId, String outcome, int attempt, String message) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void onEvent(RunEvent event) {
        if (event instanceof RunEvent.TaskSucceeded done) {
            entries.add(new Entry(entries.size() + 1, done.taskId(), "success", done.attempt(), null));
        } else if (event instanceof RunEvent.TaskFailed failed) {
            entries.add(new Entry(entries.size() + 1, failed.taskId(), failed.willRetry() ? "retry" : "error",
                    failed.attempt(), failed.error().getMessage()));
        }
    }

    /** The entries so far. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
