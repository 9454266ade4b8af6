package io.github.graflowstudio.checkpoint.inspect;

/**
 * The path names no checkpoint set at all: none of {@code <base>.state.json}, {@code .meta.json},
 * {@code .pkl} or {@code .context.json} exists for it (the {@code inspect} command exits with 2).
 * A set whose files exist but are broken is not this: it is inspected and flagged. Immutable once
 * thrown, like any exception.
 */
public final class NotACheckpointException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message naming the path and what was looked for.
     *
     * @param message the message
     */
    public NotACheckpointException(String message) {
        super(message);
    }
}
