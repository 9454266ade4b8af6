package io.github.graflowstudio.engine;

/**
 * A pending queue entry in serialisable form (ids and values only, no task object): what a
 * checkpoint writes for each {@link TaskSpec}. Immutable.
 *
 * @param taskId     the task id
 * @param status     the spec's status
 * @param createdAt  epoch seconds when queued
 * @param retryCount retries taken before this attempt
 * @param maxRetries the retry limit
 * @param lastError  the previous attempt's error, or {@code null}
 * @param groupId    the group the spec runs for, or {@code null}
 * @param reference  how to find the task again
 */
public record PendingTask(String taskId, TaskStatus status, double createdAt, int retryCount, int maxRetries,
                          String lastError, String groupId, TaskReference reference) {
}
