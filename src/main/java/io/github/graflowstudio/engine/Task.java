package io.github.graflowstudio.engine;

/**
 * A node of a {@link TaskGraph}: the task SPI. The graph is the single owner of task objects;
 * queues, specs, events and checkpoints refer to a task through the graph (by id or by the very
 * object the graph holds), never through a stand-in made for an id.
 *
 * <p>Implementations must be immutable (or at least safe to run from several branch threads when
 * used inside parallel groups).
 */
public interface Task {

    /** The task id, unique in its graph, never blank. */
    String id();

    /**
     * Runs the task.
     *
     * @param context the execution context of this run of the task
     * @return the result (stored as {@code <id>.__result__}), may be {@code null}
     * @throws Exception any failure
     */
    Object run(TaskContext context) throws Exception;

    /** Retry and cycle options; {@link TaskOptions#DEFAULTS} unless the task sets its own. */
    default TaskOptions options() {
        return TaskOptions.DEFAULTS;
    }

    /**
     * How a checkpoint can refer to this task again later: a built-in kind with its config, a
     * loadable class, or a reason why the task cannot be referenced.
     */
    TaskReference reference();
}
