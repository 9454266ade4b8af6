package io.github.graflowstudio.checkpoint.inspect.model;

/**
 * The display form of ids and other text for tables and messages: the text itself, with control,
 * format (zero-width, BOM, bidi) and other invisible characters, lone surrogates, backslashes and
 * leading or trailing spaces written as escapes ({@code \n}, {@code \u200b}, {@code \\}), so that
 * two different ids never look the same. The exact text is never changed elsewhere. Stateless and
 * thread-safe.
 */
public final class VisibleText {
    private VisibleText() {
    }

    /**
     * The display form; the empty string is shown as {@code ""}.
     *
     * @param text the exact text, or {@code null}
     * @return the display form, or {@code null} for {@code null}
     */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        return text.isEmpty() ? "\"\"" : escape(text);
    }

    /** The escaped form without the special case for the empty string. */
    public static String escape(String text) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder target = new StringBuilder(text.length() + 16);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                target.append(c).append(text.charAt(++i));
            } else if (c == ' ' && (i == 0 || i == length - 1)) {
                target.append("\\u0020");
            } else {
                appendChar(target, c);
            }
        }
        return target.toString();
    }

    /** Whether the text shows as itself (printable ASCII, no backslash, no edge spaces). */
    public static boolean isPlain(String text) {
        int length = text.length();
        if (length > 0 && (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '\\') {
                return isVisibleUnicode(text);
            }
        }
        return true;
    }

    private static boolean isVisibleUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (needsEscape(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsEscape(char c) {
        if (c == '\\' || c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && c != ' ')
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }

    private static void appendChar(StringBuilder target, char c) {
        switch (c) {
            case '\\' -> target.append("\\\\");
            case '\n' -> target.append("\\n");
            case '\r' -> target.append("\\r");
            case '\t' -> target.append("\\t");
            default -> {
                if (needsEscape(c)) {
                    target.append(String.format("\\u%04x", (int) c));
                } else {
                    target.append(c);
                }
            }
        }
    }
}
