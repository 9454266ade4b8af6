package io.github.graflowstudio.document.export;

/**
 * One token of a JEXL expression, as {@link ExpressionLexer} reads it. Immutable and thread-safe.
 *
 * @param type     what the token is
 * @param text     the source text (for strings: the decoded value)
 * @param position the 0-based offset in the source
 */
record ExpressionToken(Type type, String text, int position) {
    /** Token types. */
    enum Type {
        /** An integer literal (decimal, no leading zero). */
        INTEGER,
        /** A decimal floating-point literal. */
        DECIMAL,
        /** A string literal; {@code text} is its value. */
        STRING,
        /** An identifier or word operator. */
        WORD,
        /** An operator or punctuation. */
        SYMBOL,
        /** The end of the source. */
        END
    }

    /** Whether this is the symbol or word {@code value}. */
    boolean is(String value) {
        return (type == Type.SYMBOL || type == Type.WORD) && text.equals(value);
    }
}
