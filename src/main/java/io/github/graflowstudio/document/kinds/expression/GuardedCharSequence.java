package io.github.graflowstudio.document.kinds.expression;

/**
 * A character sequence that stops a regular-expression match when the evaluating thread is
 * interrupted (the evaluation timed out): {@link java.util.regex.Matcher} only reads characters
 * through {@link #charAt}, so a catastrophic pattern cannot outlive its time limit.
 *
 * <p>Immutable; meant for the single thread that matches it.
 */
final class GuardedCharSequence implements CharSequence {
    private final CharSequence text;

    GuardedCharSequence(CharSequence text) {
        this.text = text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ExpressionException("regular expression match cancelled");
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new GuardedCharSequence(text.subSequence(start, end));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
