package io.github.graflowstudio.document.kinds;

/** The failure a {@code fail} node raises on purpose. Immutable. */
public final class PlannedFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With the configured message. */
    public PlannedFailureException(String message) {
        super(message);
    }
}
