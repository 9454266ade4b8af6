package io.github.graflowstudio.ui.runner;

/**
 * One pending task spec in the queue panel. Immutable.
 *
 * @param position   0-based queue position
 * @param taskId     the task id
 * @param status     spec status
 * @param retryCount retries taken
 * @param maxRetries retry limit
 * @param lastError  previous error, or {@code ""}
 * @param group      parallel group, or {@code ""}
 */
public record QueueRow(int position, String taskId, String status, int retryCount, int maxRetries, String lastError,
                       String group) {
}
