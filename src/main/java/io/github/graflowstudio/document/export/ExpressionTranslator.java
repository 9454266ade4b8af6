package io.github.graflowstudio.document.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Translates the simple subset of JEXL that the {@code expr} and {@code branch} kinds use into one
 * Python expression for the exported script. The subset: integer, decimal, string, boolean and
 * {@code null} literals; variables; {@code a.b} and {@code a[i]}; list literals {@code [..]} and
 * map literals {@code {k: v}}; {@code size(x)} and {@code empty(x)}; unary {@code - + ! not};
 * {@code * / % div mod}, {@code + -}, {@code < <= > >= lt le gt ge}, {@code == != eq ne},
 * {@code && and}, {@code || or}, and {@code c ? a : b}, {@code a ?: b}, {@code a ?? b}. Anything
 * else (statements such as {@code var} and {@code for}, method calls, regular expression and range
 * operators, bit operators, assignments) throws {@link UntranslatableException}.
 *
 * <p>The Python keeps JEXL's meaning through the small helpers of {@link PythonHelpers}: a
 * variable is {@code _lookup(ctx, "name")} (a built-in {@code channel}/{@code results}/{@code task},
 * else the result of the task called {@code name}, else the channel key {@code name}, else an
 * error, as JEXL's strict mode), {@code +} concatenates when either side is a string, integer
 * {@code /} and {@code %} truncate toward zero, {@code ??} also covers undefined variables. Every
 * operation is parenthesised, so Python's precedence and chained comparisons never apply.
 *
 * <p>Stateless and thread-safe (each call parses on its own).
 */
final class ExpressionTranslator {
    /** Deeper nesting of the JEXL source is refused. */
    static final int MAX_DEPTH = 100;
    /** Deeper bracket nesting of the Python text is refused (Python's parser stops at 200). */
    static final int MAX_PYTHON_NESTING = 100;

    private static final Set<String> UNTRANSLATED_WORDS = Set.of("var", "let", "const", "if", "else", "for",
            "while", "do", "function", "return", "new", "break", "continue", "instanceof", "switch", "case",
            "default", "try", "catch", "finally", "throw");

    private final List<ExpressionToken> tokens;
    private int position;
    private int depth;

    private ExpressionTranslator(List<ExpressionToken> tokens) {
        this.tokens = tokens;
    }

    /**
     * The Python expression for a JEXL expression.
     *
     * @throws UntranslatableException naming the first construct outside the subset
     */
    static String translate(String source) {
        ExpressionTranslator translator = new ExpressionTranslator(ExpressionLexer.tokens(source));
        String python = translator.expression();
        if (translator.peek().is(";")) {
            translator.position++;
        }
        if (translator.peek().type() != ExpressionToken.Type.END) {
            throw unexpected(translator.peek());
        }
        if (nesting(python) > MAX_PYTHON_NESTING) {
            throw new UntranslatableException("the expression is nested more than " + MAX_PYTHON_NESTING
                    + " deep in Python");
        }
        return python;
    }

    /** The deepest bracket nesting of Python text, not counting brackets inside string literals. */
    static int nesting(String python) {
        int deepest = 0;
        int level = 0;
        boolean inString = false;
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                level++;
                deepest = Math.max(deepest, level);
            } else if (c == ')' || c == ']' || c == '}') {
                level--;
            }
        }
        return deepest;
    }

    private ExpressionToken peek() {
        return tokens.get(position);
    }

    private ExpressionToken next() {
        return tokens.get(position++);
    }

    private boolean accept(String symbol) {
        if (peek().is(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!accept(symbol)) {
            throw new UntranslatableException("expected '" + symbol + "' at offset " + peek().position());
        }
    }

    private static UntranslatableException unexpected(ExpressionToken token) {
        if (token.type() == ExpressionToken.Type.END) {
            return new UntranslatableException("unexpected end of the expression");
        }
        return new UntranslatableException("'" + token.text() + "' at offset " + token.position()
                + " is not translated");
    }

    /** {@code or ( ? expression : expression | ?: expression | ?? expression )?}, right-associative. */
    private String expression() {
        enter();
        String condition = or();
        String result;
        if (accept("?")) {
            String whenTrue = expression();
            expect(":");
            String whenFalse = expression();
            result = "(" + whenTrue + " if " + condition + " else " + whenFalse + ")";
        } else if (accept("?:")) {
            result = "(" + condition + " or " + expression() + ")";
        } else if (accept("??")) {
            result = "_coalesce(lambda: " + condition + ", lambda: " + expression() + ")";
        } else {
            result = condition;
        }
        depth--;
        return result;
    }

    private String or() {
        String left = and();
        while (peek().is("||") || peek().is("or")) {
            position++;
            left = "(" + left + " or " + and() + ")";
        }
        return left;
    }

    private String and() {
        String left = equality();
        while (peek().is("&&") || peek().is("and")) {
            position++;
            left = "(" + left + " and " + equality() + ")";
        }
        return left;
    }

    private String equality() {
        String left = relational();
        while (true) {
            String operator = switch (peek().text()) {
                case "==", "eq" -> "==";
                case "!=", "ne" -> "!=";
                default -> null;
            };
            if (operator == null || peek().type() == ExpressionToken.Type.STRING) {
                return left;
            }
            position++;
            left = "(" + left + " " + operator + " " + relational() + ")";
        }
    }

    private String relational() {
        String left = additive();
        while (true) {
            String operator = switch (peek().text()) {
                case "<", "lt" -> "<";
                case "<=", "le" -> "<=";
                case ">", "gt" -> ">";
                case ">=", "ge" -> ">=";
                default -> null;
            };
            if (operator == null || peek().type() == ExpressionToken.Type.STRING) {
                return left;
            }
            position++;
            left = "(" + left + " " + operator + " " + additive() + ")";
        }
    }

    private String additive() {
        String left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            boolean plus = next().is("+");
            String right = multiplicative();
            left = plus ? "_add(" + left + ", " + right + ")" : "(" + left + " - " + right + ")";
        }
        return left;
    }

    private String multiplicative() {
        String left = unary();
        while (true) {
            ExpressionToken token = peek();
            if (token.is("*")) {
                position++;
                left = "(" + left + " * " + unary() + ")";
            } else if (token.is("/") || token.is("div")) {
                position++;
                left = "_div(" + left + ", " + unary() + ")";
            } else if (token.is("%") || token.is("mod")) {
                position++;
                left = "_mod(" + left + ", " + unary() + ")";
            } else {
                return left;
            }
        }
    }

    private String unary() {
        enter();
        String result;
        if (accept("-")) {
            result = "(-" + unary() + ")";
        } else if (accept("+")) {
            result = "(+" + unary() + ")";
        } else if (accept("!") || accept("not")) {
            result = "(not " + unary() + ")";
        } else if (accept("size")) {
            result = "_size(" + unary() + ")";
        } else if (accept("empty")) {
            result = "_empty(" + unary() + ")";
        } else {
            result = postfix(primary());
        }
        depth--;
        return result;
    }

    private String postfix(String base) {
        String value = base;
        while (true) {
            if (accept(".")) {
                ExpressionToken name = next();
                if (name.type() != ExpressionToken.Type.WORD || peek().is("(")) {
                    throw unexpected(name.type() == ExpressionToken.Type.WORD ? peek() : name);
                }
                value = "_member(" + value + ", " + PythonSyntax.string(name.text()) + ")";
            } else if (accept("[")) {
                String index = expression();
                expect("]");
                value = "_member(" + value + ", " + index + ")";
            } else if (peek().is("(")) {
                throw new UntranslatableException("calls are not translated (offset " + peek().position() + ")");
            } else {
                return value;
            }
        }
    }

    private String primary() {
        ExpressionToken token = next();
        switch (token.type()) {
            case INTEGER, DECIMAL -> {
                return token.text();
            }
            case STRING -> {
                return PythonSyntax.string(token.text());
            }
            case WORD -> {
                return word(token);
            }
            case SYMBOL -> {
                return switch (token.text()) {
                    case "(" -> {
                        String inner = expression();
                        expect(")");
                        yield inner;
                    }
                    case "[" -> list();
                    case "{" -> map();
                    default -> throw unexpected(token);
                };
            }
            default -> throw unexpected(token);
        }
    }

    private static String word(ExpressionToken token) {
        return switch (token.text()) {
            case "true" -> "True";
            case "false" -> "False";
            case "null" -> "None";
            case "and", "or", "not", "eq", "ne", "lt", "le", "gt", "ge", "div", "mod", "size", "empty" ->
                    throw unexpected(token);
            default -> {
                if (UNTRANSLATED_WORDS.contains(token.text())) {
                    throw new UntranslatableException("'" + token.text() + "' statements are not translated");
                }
                yield "_lookup(ctx, " + PythonSyntax.string(token.text()) + ")";
            }
        };
    }

    private String list() {
        List<String> items = new ArrayList<>();
        if (!accept("]")) {
            do {
                items.add(expression());
            } while (accept(","));
            expect("]");
        }
        return "[" + String.join(", ", items) + "]";
    }

    private String map() {
        List<String> entries = new ArrayList<>();
        if (accept(":")) {
            expect("}");
            return "{}";
        }
        if (peek().is("}")) {
            throw new UntranslatableException("set literals are not translated");
        }
        do {
            String key = expression();
            if (!accept(":")) {
                throw new UntranslatableException("set literals are not translated");
            }
            entries.add(key + ": " + expression());
        } while (accept(","));
        expect("}");
        return "{" + String.join(", ", entries) + "}";
    }

    private void enter() {
        depth++;
        if (depth > MAX_DEPTH) {
            throw new UntranslatableException("the expression is nested more than " + MAX_DEPTH + " deep");
        }
    }
}
