package io.github.graflowstudio.engine;

/** How a run ended; {@link #wireName()} is what {@code run --json} prints. */
public enum RunStatus {
    /** The queue ran empty. */
    COMPLETED,
    /** A task failed for good (or a group policy failed). */
    FAILED,
    /** A task called {@code terminate_workflow}. */
    TERMINATED,
    /** A task called {@code cancel_workflow}. */
    CANCELLED,
    /** {@code maxSteps} was reached with tasks still pending (they stay in the queue). */
    MAX_STEPS,
    /** Stopped from outside (debugger); the next task stays pending. */
    STOPPED;

    /** Lower-case name. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the run ended normally (exit code 0 in the CLI). */
    public boolean isSuccess() {
        return this == COMPLETED || this == TERMINATED;
    }
}
