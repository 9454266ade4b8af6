package io.github.graflowstudio.checkpoint.inspect.json;

/** Builds JSON path segments ({@code .name} or {@code ['odd name']}). Stateless and thread-safe. */
public final class JsonPaths {
    private JsonPaths() {
    }

    /** The segment for an object member. */
    public static String member(String name) {
        boolean plain = !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_');
        for (int i = 0; plain && i < name.length(); i++) {
            char c = name.charAt(i);
            plain = c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
        }
        if (plain) {
            return "." + name;
        }
        return "['" + io.github.graflowstudio.checkpoint.inspect.model.VisibleText.escape(name).replace("'", "\\'")
                + "']";
    }
}
