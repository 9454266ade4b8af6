package io.github.graflowstudio.engine;

/** A task asked for one more cycle than its {@code maxCycles} allows. */
public final class CycleLimitExceededException extends GraflowRuntimeException {
    private static final long serialVersionUID = 1L;
    private final String taskId;
    private final int cycleCount;
    private final int maxCycles;

    /** Makes the exception. */
    public CycleLimitExceededException(String taskId, int cycleCount, int maxCycles) {
        super("Cycle limit exceeded for task '" + taskId + "': " + cycleCount + "/" + maxCycles);
        this.taskId = taskId;
        this.cycleCount = cycleCount;
        this.maxCycles = maxCycles;
    }

    /** The (base) task id. */
    public String taskId() {
        return taskId;
    }

    /** Cycles taken. */
    public int cycleCount() {
        return cycleCount;
    }

    /** The limit. */
    public int maxCycles() {
        return maxCycles;
    }
}
