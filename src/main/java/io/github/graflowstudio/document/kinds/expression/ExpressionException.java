package io.github.graflowstudio.document.kinds.expression;

/**
 * An expression could not be compiled or evaluated; the message names the expression's label and
 * position, e.g. {@code condition@1:5 variable 'foo' is undefined}. Immutable.
 */
public class ExpressionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message. */
    public ExpressionException(String message) {
        super(message);
    }

    /** With a message and a cause. */
    public ExpressionException(String message, Throwable cause) {
        super(message, cause);
    }
}
