package io.github.graflowstudio.document.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Mermaid text rules: safe flowchart ids and quoted labels. Stateless and thread-safe.
 */
final class MermaidSyntax {
    /**
     * Words of Mermaid's flowchart grammar that break a statement when an id is, or starts with,
     * one of them followed by a hyphen (compared in lower case; checked with Mermaid 11's parser).
     */
    private static final Set<String> KEYWORDS = Set.of("end", "graph", "flowchart", "subgraph", "direction",
            "style", "class", "classdef", "click", "linkstyle", "default", "call", "href", "interpolate", "_self",
            "_blank", "_parent", "_top");

    private MermaidSyntax() {
    }

    /**
     * A candidate id: every character outside {@code [A-Za-z0-9_-]} becomes {@code _}, and so do
     * hyphens at either end or next to another hyphen (so no id can look like an arrow); empty
     * ids and ids with a keyword between hyphens get an {@code n_} prefix. Several ids may give the same candidate; the
     * caller makes them unique.
     */
    static String idCandidate(String id) {
        StringBuilder out = new StringBuilder(id.length());
        int length = id.length();
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
            boolean lonelyHyphen = c == '-' && i > 0 && i < length - 1 && id.charAt(i - 1) != '-'
                    && id.charAt(i + 1) != '-';
            out.append(plain || lonelyHyphen ? c : '_');
        }
        String candidate = out.toString();
        boolean keyword = Arrays.stream(candidate.toLowerCase(Locale.ROOT).split("-")).anyMatch(KEYWORDS::contains);
        if (candidate.isEmpty() || keyword) {
            return "n_" + candidate;
        }
        return candidate;
    }

    /**
     * A label in double quotes: quotes, {@code #}, {@code <}, {@code >}, {@code &} and backticks
     * become Mermaid entity codes ({@code #34;} ...), line breaks become {@code <br/>}, other
     * control characters become spaces and unpaired surrogates U+FFFD.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        normalised.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '"', '#', '<', '>', '&', '`' -> out.append('#').append(codePoint).append(';');
                case '\n' -> out.append("<br/>");
                default -> out.appendCodePoint(printable(codePoint));
            }
        });
        return out.append('"').toString();
    }

    /** A one-line comment text: line breaks and control characters become spaces. */
    static String commentText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.appendCodePoint(printable(codePoint)));
        return out.toString();
    }

    /** A space for control characters, U+FFFD for unpaired surrogates, else the code point. */
    private static int printable(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return ' ';
        }
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE ? 0xFFFD : codePoint;
    }
}
