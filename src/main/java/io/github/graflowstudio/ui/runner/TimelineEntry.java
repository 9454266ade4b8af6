package io.github.graflowstudio.ui.runner;

/**
 * One task attempt on the timeline. Immutable.
 *
 * @param step       1-based position in the run
 * @param taskId     the task
 * @param branch     the parallel-group member branch it ran in, or {@code ""}
 * @param attempt    attempt number
 * @param outcome    {@code success}, {@code retry} or {@code error}
 * @param startMillis start, milliseconds since the run started
 * @param durationMicros how long it took
 */
public record TimelineEntry(int step, String taskId, String branch, int attempt, String outcome, double startMillis,
                            double durationMicros) {
}
