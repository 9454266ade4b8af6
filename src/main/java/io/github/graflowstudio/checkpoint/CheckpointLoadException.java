package io.github.graflowstudio.checkpoint;

/** A checkpoint set cannot be resumed; the message names the set, the file and what is wrong. */
public final class CheckpointLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message. */
    public CheckpointLoadException(String message) {
        super(message);
    }

    /** With a message and a cause. */
    public CheckpointLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
