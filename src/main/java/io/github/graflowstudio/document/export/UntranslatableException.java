package io.github.graflowstudio.document.export;

/**
 * A JEXL expression uses something outside the subset that {@link ExpressionTranslator} turns into
 * Python. The message says what. Immutable.
 */
final class UntranslatableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UntranslatableException(String message) {
        super(message);
    }
}
