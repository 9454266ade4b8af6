package io.github.graflowstudio.engine;

/**
 * Rebuilds a task from its {@link TaskReference} when a run is resumed from a checkpoint.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface TaskResolver {
    /**
     * Rebuilds the task.
     *
     * @param taskId    the node id
     * @param reference the reference written by the checkpoint
     * @param options   the node's options
     * @param graph     the graph rebuilt so far (earlier nodes, e.g. an iteration's base)
     * @return the task, with id {@code taskId}
     * @throws IllegalArgumentException saying why the task cannot be rebuilt
     */
    Task resolve(String taskId, TaskReference reference, TaskOptions options, TaskGraph graph);
}
