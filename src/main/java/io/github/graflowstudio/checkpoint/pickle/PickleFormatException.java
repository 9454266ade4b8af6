package io.github.graflowstudio.checkpoint.pickle;

/** A problem found while walking: the stream is not a valid pickle, or a cap was reached. */
final class PickleFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    PickleFormatException(String message) {
        super(message, null, false, false);
    }
}
