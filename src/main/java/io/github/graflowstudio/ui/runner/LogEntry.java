package io.github.graflowstudio.ui.runner;

/**
 * One line of the run log. Immutable.
 *
 * @param elapsedMillis milliseconds since the run started
 * @param taskId        the task, or {@code null} for run-level entries
 * @param level         {@code info}, {@code warning} or {@code error}
 * @param message       one line
 * @param detail        a stack trace or output, or {@code null}
 */
public record LogEntry(long elapsedMillis, String taskId, String level, String message, String detail) {
}
