package io.github.graflowstudio.engine;

/**
 * The outcome of {@link WorkflowEngine#execute}: status, steps taken, the last result and the
 * error (if any). The context holds the rest (channel, queue, completed tasks). Immutable.
 *
 * @param status     how the run ended
 * @param steps      steps counted on the context after the run
 * @param lastResult the last task's return value (null for a group)
 * @param error      the failure, or {@code null}
 * @param failedTaskId the task whose failure ended the run, or {@code null}
 */
public record RunResult(RunStatus status, int steps, Object lastResult, Throwable error, String failedTaskId) {

    /** The error's message, or {@code null}. */
    public String errorMessage() {
        return error == null ? null : error.getMessage();
    }
}
