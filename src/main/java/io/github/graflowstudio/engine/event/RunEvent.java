package io.github.graflowstudio.engine.event;

import io.github.graflowstudio.engine.RunStatus;
import java.util.List;
import java.util.Map;

/**
 * Something that happened in a run. Each event names the session it belongs to (a branch
 * context of a parallel group has its own session id {@code <parent>_<member>}).
 * All implementations are immutable records.
 */
public sealed interface RunEvent {

    /** The session (context) the event belongs to. */
    String sessionId();

    /** A run began. @param sessionId session @param startNode first queued id, or null */
    record RunStarted(String sessionId, String startNode) implements RunEvent {
    }

    /** A spec was added to the queue. @param sessionId session @param taskId id @param queueSize size after */
    record TaskQueued(String sessionId, String taskId, int queueSize) implements RunEvent {
    }

    /**
     * A task is about to run (delivered before it is taken from the queue, so a listener that
     * stops the run leaves it pending).
     *
     * @param sessionId session
     * @param taskId    the task
     * @param attempt   1 for the first attempt, 2 for the first retry, ...
     * @param step      steps completed so far
     */
    record TaskStarting(String sessionId, String taskId, int attempt, int step) implements RunEvent {
    }

    /** A task finished. @param sessionId session @param taskId id @param attempt attempt @param result value @param nanos duration */
    record TaskSucceeded(String sessionId, String taskId, int attempt, Object result, long nanos) implements RunEvent {
    }

    /**
     * A task attempt failed.
     *
     * @param sessionId session
     * @param taskId    id
     * @param attempt   attempt number
     * @param error     the failure
     * @param willRetry whether a retry was scheduled
     */
    record TaskFailed(String sessionId, String taskId, int attempt, Throwable error, boolean willRetry)
            implements RunEvent {
    }

    /** A retry was queued. @param sessionId s @param taskId id @param retryCount retries so far @param maxRetries limit @param delayMillis backoff @param lastError message */
    record TaskRetried(String sessionId, String taskId, int retryCount, int maxRetries, long delayMillis,
                       String lastError) implements RunEvent {
    }

    /** A dynamic jump: goto, next_task or next_iteration. @param sessionId s @param fromTaskId caller @param toTaskId target @param kind kind @param newNode whether the target was added to the graph */
    record Jump(String sessionId, String fromTaskId, String toTaskId, JumpKind kind, boolean newNode)
            implements RunEvent {
    }

    /** A task stopped the run normally. @param sessionId s @param taskId id @param message message */
    record Terminated(String sessionId, String taskId, String message) implements RunEvent {
    }

    /** A task cancelled the run. @param sessionId s @param taskId id @param message message */
    record Cancelled(String sessionId, String taskId, String message) implements RunEvent {
    }

    /** A parallel group starts its members. @param sessionId s @param groupId id @param members ids */
    record GroupStarted(String sessionId, String groupId, List<String> members) implements RunEvent {
    }

    /**
     * A parallel group joined (all members ended).
     *
     * @param sessionId s
     * @param groupId   id
     * @param succeeded successful members
     * @param failed    failed members with messages
     * @param policy    policy name
     * @param passed    whether the policy accepted the results
     */
    record GroupJoined(String sessionId, String groupId, List<String> succeeded, Map<String, String> failed,
                       String policy, boolean passed) implements RunEvent {
    }

    /** A checkpoint set was written. @param sessionId s @param path base path @param taskId requesting task or null @param mode deferred/immediate/external */
    record CheckpointWritten(String sessionId, String path, String taskId, String mode) implements RunEvent {
    }

    /** The run ended. @param sessionId s @param status status @param steps steps @param error failure or null */
    record RunFinished(String sessionId, RunStatus status, int steps, Throwable error) implements RunEvent {
    }
}
