package io.github.graflowstudio.engine;

import java.util.Objects;

/**
 * One queue entry: the graph's task to run plus status and retry bookkeeping (Graflow's
 * {@code TaskSpec}). Only an {@link ExecutionContext} makes specs, always from its graph's own
 * node, so a spec can never hold a stand-in for an id: {@link #task()} is whatever task the graph
 * holds for the id.
 *
 * <p>Not thread-safe: a spec belongs to the queue of one context and the thread running it.
 */
public final class TaskSpec {
    final TaskGraph.Node node;
    private TaskStatus status;
    private final double createdAt;
    private int retryCount;
    private final int maxRetries;
    private String lastError;
    private final String groupId;

    TaskSpec(TaskGraph.Node node, double createdAt, int retryCount, int maxRetries, String lastError,
             String groupId) {
        this.node = Objects.requireNonNull(node, "node");
        this.status = TaskStatus.READY;
        this.createdAt = createdAt;
        this.retryCount = retryCount;
        this.maxRetries = maxRetries;
        this.lastError = lastError;
        this.groupId = groupId;
    }

    /** The task id. */
    public String taskId() {
        return node.id;
    }

    /** The very task object the graph holds for {@link #taskId()}. */
    public Task task() {
        return node.task;
    }

    /** Current status. */
    public TaskStatus status() {
        return status;
    }

    void status(TaskStatus newStatus) {
        this.status = newStatus;
    }

    /** When the spec was queued, epoch seconds. */
    public double createdAt() {
        return createdAt;
    }

    /** Retries already taken by this task before this attempt. */
    public int retryCount() {
        return retryCount;
    }

    /** The task's retry limit. */
    public int maxRetries() {
        return maxRetries;
    }

    /** The previous attempt's error message, or {@code null}. */
    public String lastError() {
        return lastError;
    }

    /** The parallel group this spec runs for, or {@code null}. */
    public String groupId() {
        return groupId;
    }

    /** Whether another retry is allowed. */
    public boolean canRetry() {
        return retryCount < maxRetries;
    }

    /**
     * The serialisable form of this spec: id, status, times, retry fields and the task's
     * reference. What checkpoints write; holds no task object.
     */
    public PendingTask toPending() {
        return new PendingTask(node.id, status, createdAt, retryCount, maxRetries, lastError, groupId,
                node.task.reference());
    }

    @Override
    public String toString() {
        return "TaskSpec[" + node.id + " " + status.wireName() + (retryCount > 0 ? " retry " + retryCount : "") + "]";
    }
}
