package io.github.graflowstudio.engine;

/**
 * The work of a task: a function of the task's execution context that returns the task's
 * result (stored in the channel as {@code <task_id>.__result__}).
 *
 * <p>Implementations are called on the engine thread that runs the task; they need not be
 * thread-safe unless the same body is shared by tasks of parallel-group members.
 */
@FunctionalInterface
public interface TaskBody {
    /**
     * Runs the task.
     *
     * @param context what the task sees of the run: channel, parameters, control flow
     * @return the task's result, may be {@code null}
     * @throws Exception any failure; the engine retries or fails the run
     */
    Object run(TaskContext context) throws Exception;
}
