package io.github.graflowstudio.checkpoint.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict, streaming JSON tokenizer over bytes (RFC 8259: UTF-8, no comments, no {@code NaN}, one
 * top-level value and nothing after it), for reading checkpoint sets quickly: most of a large set is
 * whitespace, a few member names repeated for every task, short ids and small numbers, and this
 * scanner handles those without allocating (names are canonical strings, numbers are parsed only
 * when asked for). Errors are {@link JsonSyntaxException}s with the byte offset; the line and column
 * are worked out only when one is reported ({@link JsonSyntaxException#lineAndColumn}). The buffer
 * and the scanning of strings and numbers are {@link JsonLexer}'s; the grammar, the nesting and the
 * marks are here.
 *
 * <p>A caller may {@link #markValue() mark} the start of a value and, once past it, use the
 * value's bytes ({@link #lookUpMarked}, {@link #scanMarked}), e.g. to decode repeated values once.
 *
 * <p>Not thread-safe: one instance per file being read.
 */
final class JsonScanner extends JsonLexer {
    /** The most nested arrays and objects accepted (Jackson's default limit). */
    static final int MAX_DEPTH = 1000;

    /** What {@link #next()} found. */
    enum Token {
        START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, INTEGER, DECIMAL, TRUE, FALSE, NULL
    }

    private static final int ROOT = 0;
    private static final int OBJECT_FIRST = 1;
    private static final int OBJECT_NEXT = 2;
    private static final int ARRAY_FIRST = 3;
    private static final int ARRAY_NEXT = 4;
    private static final int AFTER_NAME = 5;
    private static final int DONE = 6;

    /** Whether strings are only checked, not made (while skipping). */
    private boolean skipping;

    private boolean[] objects = new boolean[32];
    private int depth;
    private int state = ROOT;
    private Token token;
    private Name expected;

    private String text;

    /**
     * A scanner reading {@code in} (closed by {@link #close()}).
     *
     * @param in          the bytes
     * @param bufferBytes the initial buffer size
     */
    JsonScanner(InputStream in, int bufferBytes) {
        super(in, bufferBytes);
    }

    /** A scanner over a byte range (no input stream). */
    JsonScanner(byte[] bytes, int from, int to) {
        super(bytes, from, to);
    }

    /** A member name to expect ({@link #next(Name)}): plain ASCII without quotes or backslashes. */
    static final class Name {
        private final String text;
        private final byte[] quoted;

        /** The name {@code text}. */
        Name(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
                    throw new IllegalArgumentException("not a plain name: " + text);
                }
            }
            this.text = text;
            this.quoted = ("\"" + text + "\"").getBytes(StandardCharsets.US_ASCII);
        }
    }

    /**
     * The bytes last read at one place of a file (an object or array value, or the rest of an
     * object after a given member) and what the reader made of them: bytes repeated exactly are
     * skipped with one comparison ({@link #skipRepeated}, {@link #skipRepeatedRest}). Not
     * thread-safe.
     */
    static final class Repeated {
        /** The most bytes remembered. */
        private static final int MAX_BYTES = 4096;
        private byte[] bytes = new byte[64];
        private int length = -1;
        private int depth;
        private Object meaning;

        /** What the reader made of the bytes ({@link #remember}, {@link #rememberRest}). */
        Object meaning() {
            return meaning;
        }

        private void keep(byte[] source, int from, int to, int atDepth, Object readAs) {
            int count = to - from;
            if (count > MAX_BYTES) {
                length = -1;
                meaning = null;
                return;
            }
            if (count > bytes.length) {
                bytes = new byte[Math.max(count, bytes.length * 2)];
            }
            System.arraycopy(source, from, bytes, 0, count);
            length = count;
            depth = atDepth;
            meaning = readAs;
        }
    }

    /** The last token returned by {@link #next()}, or {@code null} before the first one. */
    Token token() {
        return token;
    }

    /**
     * The next token; {@code null} at the end of the input, after the top-level value.
     *
     * @throws JsonSyntaxException at the first byte that is not valid JSON
     */
    Token next() throws IOException {
        return next(null);
    }

    /**
     * {@link #next()}, first trying whether the next member name is {@code expected}: a reader
     * that knows the usual order of an object's members saves scanning and looking up each name.
     *
     * @param expected the likely next member name, or {@code null}
     */
    Token next(Name expected) throws IOException {
        this.expected = expected;
        int c = skipWhitespace();
        switch (state) {
            case AFTER_NAME, ROOT -> {
                if (c < 0) {
                    throw problem(state == ROOT ? "the file is empty" : "unexpected end of input");
                }
                if (c == 0xEF && state == ROOT && atStartOfInput() && available(3)
                        && buffer[position + 1] == (byte) 0xBB && buffer[position + 2] == (byte) 0xBF) {
                    position += 3; // a UTF-8 byte order mark, which Jackson skips too
                    return next(expected);
                }
                return token = value(c);
            }
            case OBJECT_FIRST -> {
                if (c == '}') {
                    position++;
                    return token = close(Token.END_OBJECT);
                }
                return token = name(c);
            }
            case OBJECT_NEXT -> {
                if (c == '}') {
                    position++;
                    return token = close(Token.END_OBJECT);
                }
                if (c != ',') {
                    throw problem(c < 0 ? "unexpected end of input" : "expected ',' or '}' after an object member");
                }
                position++;
                return token = name(skipWhitespace());
            }
            case ARRAY_FIRST -> {
                if (c == ']') {
                    position++;
                    return token = close(Token.END_ARRAY);
                }
                return token = value(c);
            }
            case ARRAY_NEXT -> {
                if (c == ']') {
                    position++;
                    return token = close(Token.END_ARRAY);
                }
                if (c != ',') {
                    throw problem(c < 0 ? "unexpected end of input" : "expected ',' or ']' after an array item");
                }
                position++;
                c = skipWhitespace();
                if (c < 0) {
                    throw problem("unexpected end of input");
                }
                return token = value(c);
            }
            default -> {
                if (c >= 0) {
                    throw problem("extra data after the top-level value");
                }
                return token = null;
            }
        }
    }

    /** The member name ({@link Token#NAME}) or string ({@link Token#STRING}) just read. */
    String text() {
        return text;
    }

    /**
     * Skips the value whose first token was just read (everything up to its end token), checking
     * that it is valid JSON.
     */
    void skipValue() throws IOException {
        if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
            return;
        }
        skipping = true;
        try {
            int open = 1;
            while (open > 0) {
                Token next = next();
                if (next == Token.START_OBJECT || next == Token.START_ARRAY) {
                    open++;
                } else if (next == Token.END_OBJECT || next == Token.END_ARRAY) {
                    open--;
                }
            }
        } finally {
            skipping = false;
            text = null;
        }
    }

    /**
     * Reads the next value (after a member name or in an array) and skips it whole, checking it
     * without making its strings; the scanner ends on the value's last token.
     */
    void skipNextValue() throws IOException {
        skipping = true;
        try {
            next();
        } finally {
            skipping = false;
        }
        skipValue();
    }

    /**
     * Marks the start of the object or array whose first token was just read: its bytes stay in the
     * buffer until {@link #endMark()}.
     */
    void markValue() {
        if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
            throw new IllegalStateException("only an object or an array can be marked, not " + token);
        }
        valueStart = position - 1;
    }

    /** The value stored in {@code cache} for the marked value's bytes, or {@code null}. */
    <V> V lookUpMarked(ByteKeyedCache<V> cache) {
        return cache.get(buffer, valueStart, position);
    }

    /** Stores {@code value} in {@code cache} for the marked value's bytes. */
    <V> void storeMarked(ByteKeyedCache<V> cache, V value) {
        cache.put(buffer, valueStart, position, value);
    }

    /** A scanner over a copy of the marked value's bytes, on the value's first token. */
    JsonScanner scanMarked() throws IOException {
        JsonScanner value = new JsonScanner(buffer, valueStart, position);
        value.next();
        return value;
    }

    /** Ends the mark: the buffer need no longer keep the marked value. */
    void endMark() {
        valueStart = -1;
    }

    /**
     * For the object or array whose first token was just read: when its bytes are those of the
     * value {@code last} remembers, skips it (a repeated text is the same valid value) and returns
     * {@code true}, leaving the scanner on the value's end token.
     */
    boolean skipRepeated(Repeated last) throws IOException {
        if (last.length < 0 || last.depth != depth || (token != Token.START_OBJECT && token != Token.START_ARRAY)) {
            return false;
        }
        if (!repeats(last, position - 1)) {
            return false;
        }
        token = close(token == Token.START_OBJECT ? Token.END_OBJECT : Token.END_ARRAY);
        return true;
    }

    /** Remembers the marked value, now read or skipped, with what the reader made of it. */
    void remember(Repeated last, Object meaning) {
        last.keep(buffer, valueStart, position, depth + 1, meaning);
    }

    /**
     * Marks the rest of the current object, from just after a member's value, until
     * {@link #rememberRest} (after the object's end token).
     */
    void markRest() {
        if (state != OBJECT_NEXT) {
            throw new IllegalStateException("not after a member of an object");
        }
        restStart = position;
    }

    /**
     * Just after a member's value: when the rest of the object is byte for byte the rest that
     * {@code last} remembers, from the same depth, skips it and returns {@code true}, leaving the
     * scanner on the object's end token (the same bytes in the same place are the same valid
     * members).
     */
    boolean skipRepeatedRest(Repeated last) throws IOException {
        if (last.length < 0 || state != OBJECT_NEXT || last.depth != depth || !repeats(last, position)) {
            return false;
        }
        token = close(Token.END_OBJECT);
        return true;
    }

    /** After the marked object's end token: remembers its rest with what the reader made of it; the mark ends. */
    void rememberRest(Repeated last, Object meaning) {
        last.keep(buffer, restStart, position, depth + 1, meaning);
        restStart = -1;
    }

    /** Whether the input from {@code start} (at most the position) repeats {@code last}; if so, moves past it. */
    private boolean repeats(Repeated last, int start) throws IOException {
        int length = last.length;
        if (limit - start < length) {
            scanStart = start;
            try {
                if (!available(length - (position - start))) {
                    return false;
                }
                start = scanStart; // the buffer may have moved
            } finally {
                scanStart = -1;
            }
        }
        if (!Arrays.equals(last.bytes, 0, length, buffer, start, start + length)) {
            return false;
        }
        position = start + length;
        return true;
    }

    // ----- tokens -------------------------------------------------------------------------

    private Token value(int c) throws IOException {
        switch (c) {
            case '{' -> {
                position++;
                push(true);
                state = OBJECT_FIRST;
                return Token.START_OBJECT;
            }
            case '[' -> {
                position++;
                push(false);
                state = ARRAY_FIRST;
                return Token.START_ARRAY;
            }
            case '"' -> {
                position++;
                text = string(!skipping, false);
                afterValue();
                return Token.STRING;
            }
            case 't' -> {
                literal("true");
                return Token.TRUE;
            }
            case 'f' -> {
                literal("false");
                return Token.FALSE;
            }
            case 'n' -> {
                literal("null");
                return Token.NULL;
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    Token number = number() ? Token.DECIMAL : Token.INTEGER;
                    afterValue();
                    return number;
                }
                throw problem("unexpected character " + describe(c));
            }
        }
    }

    private Token name(int c) throws IOException {
        if (c != '"') {
            throw problem(c < 0 ? "unexpected end of input" : "expected a member name in double quotes, found "
                    + describe(c));
        }
        if (expected != null && !skipping && startsWith(expected.quoted)) {
            position += expected.quoted.length;
            text = expected.text;
        } else {
            position++;
            text = string(!skipping, true);
        }
        if (limit - position >= 2 && buffer[position] == ' ' && buffer[position + 1] == ':') {
            position += 2; // the pretty-printed " : "
        } else {
            if (skipWhitespace() != ':') {
                throw problem("expected ':' after a member name");
            }
            position++;
        }
        state = AFTER_NAME;
        return Token.NAME;
    }

    private Token close(Token end) throws IOException {
        depth--;
        afterValue();
        return end;
    }

    private void push(boolean object) throws IOException {
        if (depth == MAX_DEPTH) {
            throw problem("more than " + MAX_DEPTH + " nested arrays and objects");
        }
        if (depth == objects.length) {
            objects = Arrays.copyOf(objects, depth * 2);
        }
        objects[depth++] = object;
    }

    private void afterValue() {
        state = depth == 0 ? DONE : objects[depth - 1] ? OBJECT_NEXT : ARRAY_NEXT;
    }

    private void literal(String word) throws IOException {
        int length = word.length();
        if (!available(length)) {
            throw problem("unexpected end of input in '" + word + "'");
        }
        for (int i = 0; i < length; i++) {
            if (buffer[position + i] != word.charAt(i)) {
                throw problem("unexpected character " + describe(buffer[position] & 0xFF));
            }
        }
        position += length;
        afterValue();
    }
}
