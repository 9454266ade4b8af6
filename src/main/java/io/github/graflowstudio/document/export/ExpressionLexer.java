package io.github.graflowstudio.document.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a JEXL expression into {@link ExpressionToken}s for {@link ExpressionTranslator}. It knows
 * enough of JEXL's lexical rules to never misread what it does not translate: multi-character
 * operators such as {@code ===}, {@code =~}, {@code ?.} or {@code ..} are read whole (and then
 * refused by the parser), octal, hexadecimal and suffixed numbers, template strings and unknown
 * string escapes are refused. Comments ({@code //}, {@code ##}, block comments) are skipped.
 *
 * <p>Stateless and thread-safe.
 */
final class ExpressionLexer {
    /** Symbols, longest first so that the longest match wins. */
    private static final List<String> SYMBOLS = List.of(
            ">>>=", "===", "!==", "...", ">>>", "<<=", ">>=",
            "??", "?:", "?.", "?[", "==", "!=", "<=", ">=", "&&", "||", "=~", "!~", "=^", "=$", "!^", "!$", "->",
            "=>", "..", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "++", "--", "::",
            "+", "-", "*", "/", "%", "<", ">", "!", "(", ")", "[", "]", "{", "}", ",", ":", "?", ".", ";", "=",
            "&", "|", "^", "~", "@", "#");

    private ExpressionLexer() {
    }

    /**
     * The tokens of {@code source}, ending with an {@code END} token.
     *
     * @throws UntranslatableException for text outside the lexical subset
     */
    static List<ExpressionToken> tokens(String source) {
        List<ExpressionToken> tokens = new ArrayList<>();
        int i = 0;
        int length = source.length();
        while (true) {
            i = skipSpaceAndComments(source, i);
            if (i >= length) {
                tokens.add(new ExpressionToken(ExpressionToken.Type.END, "", i));
                return tokens;
            }
            char c = source.charAt(i);
            int end;
            if (Character.isDigit(c)) {
                end = number(source, i, tokens);
            } else if (c == '\'' || c == '"') {
                end = string(source, i, tokens);
            } else if (c == '`') {
                throw new UntranslatableException("template strings are not translated");
            } else if (isWordStart(c)) {
                end = i + 1;
                while (end < length && isWordPart(source.charAt(end))) {
                    end++;
                }
                tokens.add(new ExpressionToken(ExpressionToken.Type.WORD, source.substring(i, end), i));
            } else {
                end = symbol(source, i, tokens);
            }
            i = end;
        }
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || Character.isDigit(c);
    }

    private static int skipSpaceAndComments(String source, int start) {
        int i = start;
        int length = source.length();
        while (i < length) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (source.startsWith("//", i) || source.startsWith("##", i)) {
                while (i < length && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                if (close < 0) {
                    throw new UntranslatableException("unclosed comment");
                }
                i = close + 2;
            } else {
                return i;
            }
        }
        return i;
    }

    private static int number(String source, int start, List<ExpressionToken> tokens) {
        int i = start;
        int length = source.length();
        while (i < length && Character.isDigit(source.charAt(i))) {
            i++;
        }
        boolean decimal = false;
        if (i + 1 < length && source.charAt(i) == '.' && Character.isDigit(source.charAt(i + 1))) {
            decimal = true;
            i++;
            while (i < length && Character.isDigit(source.charAt(i))) {
                i++;
            }
        }
        if (i < length && (source.charAt(i) == 'e' || source.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < length && (source.charAt(exponent) == '+' || source.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < length && Character.isDigit(source.charAt(exponent))) {
                decimal = true;
                i = exponent;
                while (i < length && Character.isDigit(source.charAt(i))) {
                    i++;
                }
            }
        }
        String text = source.substring(start, i);
        if (i < length && isWordPart(source.charAt(i))) {
            throw new UntranslatableException("number literal '" + text + source.charAt(i)
                    + "...' (hexadecimal or with a type suffix) is not translated");
        }
        if (!decimal && text.length() > 1 && text.charAt(0) == '0') {
            throw new UntranslatableException("octal number literal '" + text + "' is not translated");
        }
        tokens.add(new ExpressionToken(decimal ? ExpressionToken.Type.DECIMAL : ExpressionToken.Type.INTEGER, text,
                start));
        return i;
    }

    private static int string(String source, int start, List<ExpressionToken> tokens) {
        char quote = source.charAt(start);
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        int length = source.length();
        while (i < length) {
            char c = source.charAt(i);
            if (c == quote) {
                tokens.add(new ExpressionToken(ExpressionToken.Type.STRING, value.toString(), start));
                return i + 1;
            }
            if (c == '\\') {
                i = escape(source, i, value);
            } else {
                value.append(c);
                i++;
            }
        }
        throw new UntranslatableException("unclosed string literal");
    }

    /** Decodes the escape at {@code source[i] == '\\'}; returns the index after it. */
    private static int escape(String source, int i, StringBuilder value) {
        if (i + 1 >= source.length()) {
            throw new UntranslatableException("unclosed string literal");
        }
        char next = source.charAt(i + 1);
        switch (next) {
            case '\\', '\'', '"' -> value.append(next);
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'u' -> {
                if (i + 6 > source.length() || !source.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    throw new UntranslatableException("malformed \\u escape in a string literal");
                }
                value.append((char) Integer.parseInt(source.substring(i + 2, i + 6), 16));
                return i + 6;
            }
            default -> throw new UntranslatableException("string escape '\\" + next + "' is not translated");
        }
        return i + 2;
    }

    private static int symbol(String source, int start, List<ExpressionToken> tokens) {
        for (String symbol : SYMBOLS) {
            if (source.startsWith(symbol, start)) {
                tokens.add(new ExpressionToken(ExpressionToken.Type.SYMBOL, symbol, start));
                return start + symbol.length();
            }
        }
        throw new UntranslatableException("unexpected character '" + source.charAt(start) + "'");
    }
}
