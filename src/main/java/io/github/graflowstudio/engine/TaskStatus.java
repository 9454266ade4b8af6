package io.github.graflowstudio.engine;

/** Status of a {@link TaskSpec}, written in lower case to checkpoints ({@code ready}, ...). */
public enum TaskStatus {
    /** Queued, not yet started. */
    READY,
    /** Taken from the queue and running. */
    RUNNING,
    /** Finished successfully. */
    SUCCESS,
    /** Failed. */
    ERROR;

    /** The lower-case wire name. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
