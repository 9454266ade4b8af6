package io.github.graflowstudio.checkpoint.studio;

import java.io.IOException;

/**
 * Text that is not valid JSON, found by {@link JsonScanner} at a byte offset of its input.
 * Immutable.
 */
final class JsonSyntaxException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    /**
     * An error.
     *
     * @param message what is wrong
     * @param offset  the byte offset where it was found
     */
    JsonSyntaxException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    /** The byte offset in the input. */
    long offset() {
        return offset;
    }
}
