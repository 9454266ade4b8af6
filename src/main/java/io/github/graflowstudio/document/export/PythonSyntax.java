package io.github.graflowstudio.document.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Python source rules: string literals, JSON values as Python literals, and valid identifiers.
 * Everything produced is plain ASCII, so no id or value can break the script's syntax or its
 * encoding. Stateless and thread-safe.
 */
final class PythonSyntax {
    /** Python's hard keywords. */
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    /** Values nested deeper than this are written as {@code json.loads("...")} (Python's parser nests ~200 deep). */
    static final int MAX_LITERAL_DEPTH = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PythonSyntax() {
    }

    /**
     * A double-quoted Python string literal, ASCII only: {@code \\}, {@code \"}, {@code \n},
     * {@code \r}, {@code \t}, {@code \xNN} for other control characters, four- and eight-digit
     * Python unicode escapes for everything outside printable ASCII (unpaired surrogates included).
     */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (codePoint < 0x20 || codePoint == 0x7f) {
                        out.append(String.format("\\x%02x", codePoint));
                    } else if (codePoint < 0x7f) {
                        out.append((char) codePoint);
                    } else if (codePoint <= 0xffff) {
                        out.append(String.format("\\u%04x", codePoint));
                    } else {
                        out.append(String.format("\\U%08x", codePoint));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /**
     * A JSON value as a Python literal: {@code null}/{@code true}/{@code false} as
     * {@code None}/{@code True}/{@code False}, numbers as Python numbers, strings as {@link #string},
     * lists and objects as {@code [...]} and {@code {...}} (keys in the map's order). Values nested
     * deeper than {@link #MAX_LITERAL_DEPTH} become {@code json.loads("...")}.
     *
     * @throws IllegalArgumentException for a value that is not JSON-like
     */
    static String literal(Object value) {
        if (depth(value, 0) > MAX_LITERAL_DEPTH) {
            try {
                return "json.loads(" + string(JSON.writeValueAsString(value)) + ")";
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot write value as JSON: " + e.getOriginalMessage(), e);
            }
        }
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** Whether {@link #literal} needs the {@code json} module for this value. */
    static boolean needsJsonModule(Object value) {
        return depth(value, 0) > MAX_LITERAL_DEPTH;
    }

    private static int depth(Object value, int level) {
        if (level > MAX_LITERAL_DEPTH) {
            return level;
        }
        int deepest = level;
        if (value instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                deepest = Math.max(deepest, depth(item, level + 1));
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                deepest = Math.max(deepest, depth(item, level + 1));
            }
        }
        return deepest;
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof Boolean bool) {
            out.append(bool ? "True" : "False");
        } else if (value instanceof String text) {
            out.append(string(text));
        } else if (value instanceof Number number) {
            out.append(number(number));
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                out.append(string(String.valueOf(entry.getKey()))).append(": ");
                append(out, entry.getValue());
                out.append(entries.hasNext() ? ", " : "");
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            Iterator<?> iterator = items.iterator();
            while (iterator.hasNext()) {
                append(out, iterator.next());
                out.append(iterator.hasNext() ? ", " : "");
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /** A number as a Python literal; non-finite doubles (never in JSON) as {@code float("inf")} and so on. */
    static String number(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d)) {
                return "float(\"nan\")";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "float(\"inf\")" : "(-float(\"inf\"))";
            }
            String text = Double.toString(d);
            return d < 0 ? "(" + text + ")" : text;
        }
        if (number instanceof BigDecimal decimal) {
            String text = decimal.toString();
            boolean floating = text.contains(".") || text.contains("E") || text.contains("e");
            String literal = floating ? text : text + ".0";
            return decimal.signum() < 0 ? "(" + literal + ")" : literal;
        }
        String text = number.toString();
        return text.startsWith("-") ? "(" + text + ")" : text;
    }

    /**
     * A candidate identifier for an id: characters outside {@code [A-Za-z0-9_]} become {@code _};
     * a leading digit or underscore, or an empty result, gets a {@code task_} prefix (so no
     * candidate is private, dunder or clashes with the script's {@code _} helpers); keywords get a
     * trailing {@code _}. The caller makes candidates unique.
     */
    static String identifierCandidate(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        String candidate = out.toString();
        if (candidate.isEmpty() || Character.isDigit(candidate.charAt(0)) || candidate.charAt(0) == '_') {
            candidate = "task_" + candidate;
        }
        return KEYWORDS.contains(candidate) ? candidate + "_" : candidate;
    }

    /**
     * Text for a {@code #} comment: printable ASCII as it is, line breaks and everything else
     * as Python escape text ({@code \n}, {@code \t}, {@code \xNN}, unicode escapes), so the comment
     * stays on one line and the script stays ASCII.
     */
    static String commentText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint >= 0x20 && codePoint < 0x7f) {
                out.append((char) codePoint);
            } else {
                String escaped = string(new String(Character.toChars(codePoint)));
                out.append(escaped, 1, escaped.length() - 1);
            }
        });
        return out.toString();
    }

    /** Text inside a triple-quoted docstring: as {@link #string}, without the quotes. */
    static String docstringText(String text) {
        String literal = string(text);
        return literal.substring(1, literal.length() - 1);
    }
}
