package io.github.graflowstudio.document.kinds.expression;

/** An expression ran longer than its time limit and was cancelled. Immutable. */
public final class ExpressionTimeoutException extends ExpressionException {
    private static final long serialVersionUID = 1L;

    /** With a message. */
    public ExpressionTimeoutException(String message) {
        super(message);
    }
}
