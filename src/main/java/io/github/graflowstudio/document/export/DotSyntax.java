package io.github.graflowstudio.document.export;

import java.util.Map;

/**
 * Graphviz DOT text rules: quoted ids and labels, and a node shape per task kind. Stateless and
 * thread-safe.
 */
final class DotSyntax {
    private static final Map<String, String> SHAPES = Map.ofEntries(
            Map.entry("echo", "note"),
            Map.entry("expr", "box"),
            Map.entry("branch", "diamond"),
            Map.entry("loop", "hexagon"),
            Map.entry("sleep", "ellipse"),
            Map.entry("fail", "octagon"),
            Map.entry("terminate", "doublecircle"),
            Map.entry("cancel", "Msquare"),
            Map.entry("shell", "component"),
            Map.entry("http", "cds"),
            Map.entry("java", "box3d"),
            Map.entry("checkpoint", "cylinder"),
            Map.entry("noop", "circle"));

    private DotSyntax() {
    }

    /**
     * A double-quoted DOT string: backslashes and quotes are escaped ({@code \\}, {@code \"}),
     * line breaks become {@code \n}, other control characters and unpaired surrogates become
     * {@code \}{@code uXXXX} text. Different texts always give different results.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    boolean surrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
                    if (Character.isISOControl(codePoint) || surrogate) {
                        out.append(String.format("\\u%04x", codePoint));
                    } else {
                        out.appendCodePoint(codePoint);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** The node shape of a kind ({@code box} for kinds without their own). */
    static String shape(String kind) {
        return SHAPES.getOrDefault(kind, "box");
    }
}
