package io.github.graflowstudio.engine;

/**
 * Writes checkpoint sets for the engine. The {@code checkpoint} package implements it; the engine
 * only calls it (deferred checkpoints after a task, immediate ones from inside a task).
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CheckpointWriter {
    /**
     * Writes a checkpoint of the context as it is now.
     *
     * @param context the run
     * @param request what to write
     * @return the base path of the written set
     * @throws Exception if the set could not be written
     */
    String write(ExecutionContext context, CheckpointRequest request) throws Exception;
}
