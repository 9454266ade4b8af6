package io.github.graflowstudio.document.values;

/**
 * A value was too large to convert (more parts than the conversion's budget). Immutable.
 */
public final class ValueTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** With a message. */
    public ValueTooLargeException(String message) {
        super(message);
    }
}
