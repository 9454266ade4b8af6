package io.github.graflowstudio.ui.editor;

/**
 * Makes ids safe to show: control, format (zero-width, BOM) and lone surrogate characters become
 * visible escapes ({@code \n}, {@code \u200b}); everything else is shown as is. Stateless.
 */
public final class TextDisplay {
    private TextDisplay() {
    }

    /** The visible form of a text. */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escapeOf(text, i, c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escapeOf(String text, int i, char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return null;
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            return null;
        }
        int type = Character.getType(c);
        if (Character.isISOControl(c) || type == Character.FORMAT || Character.isSurrogate(c)
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
