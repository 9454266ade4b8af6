package io.github.graflowstudio.checkpoint.pickle;

/**
 * What the walker knows about one value on the symbolic stack: nothing, "not a string", "some
 * string" or the string itself. Immutable and thread-safe.
 */
final class StackValue {
    /** A value the walker cannot tell (a call result, a global's value, ...). */
    static final StackValue UNKNOWN = new StackValue(Kind.UNKNOWN, null);
    /** A value that is certainly not a {@code str} (number, bytes, container, None, ...). */
    static final StackValue NOT_TEXT = new StackValue(Kind.NOT_TEXT, null);
    /** A {@code str} whose content was not kept. */
    static final StackValue SOME_TEXT = new StackValue(Kind.TEXT, null);

    private final Kind kind;
    private final String text;

    private StackValue(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    /** A {@code str} whose content is known. */
    static StackValue text(String text) {
        return new StackValue(Kind.TEXT, text);
    }

    Kind kind() {
        return kind;
    }

    /** The string, or {@code null} when it was not kept or this is no string. */
    String text() {
        return text;
    }

    /** The three things the walker can know. */
    enum Kind {
        UNKNOWN, NOT_TEXT, TEXT
    }
}
