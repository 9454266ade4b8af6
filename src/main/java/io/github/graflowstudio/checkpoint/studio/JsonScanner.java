package io.github.graflowstudio.checkpoint.studio;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict, streaming JSON tokenizer over bytes (RFC 8259: UTF-8, no comments, no {@code NaN}, one
 * top-level value and nothing after it), for reading checkpoint sets quickly: most of a large set is
 * whitespace, a few member names repeated for every task, short ids and small numbers, and this
 * scanner handles those without allocating (names are canonical strings, numbers are parsed only
 * when asked for). Errors are {@link JsonSyntaxException}s with the byte offset; the line and column
 * are worked out from {@link #lineAndColumn} only when one is reported.
 *
 * <p>A caller may {@link #markValue() mark} the start of a value and, once past it, use the
 * value's bytes ({@link #lookUpMarked}, {@link #scanMarked}), e.g. to decode repeated values once.
 *
 * <p>Not thread-safe: one instance per file being read.
 */
final class JsonScanner implements Closeable {
    /** The most nested arrays and objects accepted (Jackson's default limit). */
    static final int MAX_DEPTH = 1000;
    /** The longest number accepted, in characters (Jackson's default limit). */
    static final int MAX_NUMBER_LENGTH = 1000;

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
    private static final int NAME_CACHE_SIZE = 256;

    private final InputStream in;
    private byte[] buffer;
    private int position;
    private int limit;
    /** Bytes of the input that were before {@code buffer[0]}. */
    private long shifted;
    private boolean endOfInput;
    /** The start of the marked value, kept in the buffer, or -1. */
    private int valueStart = -1;
    /** The start of the marked rest of an object, kept in the buffer, or -1. */
    private int restStart = -1;
    /** The start of the string or number being scanned, kept in the buffer, or -1. */
    private int scanStart = -1;
    /** Whether strings are only checked, not made (while skipping). */
    private boolean skipping;

    private boolean[] objects = new boolean[32];
    private int depth;
    private int state = ROOT;
    private Token token;
    private Name expected;

    private String text;
    private final String[] names = new String[NAME_CACHE_SIZE];
    private final byte[][] nameBytes = new byte[NAME_CACHE_SIZE][];
    private long longValue;
    private boolean fitsLong;
    private int numberStart;
    private int numberEnd;
    private byte[] lastDecimal = new byte[0];
    private double lastDecimalValue;
    private final StringBuilder chars = new StringBuilder();

    /**
     * A scanner reading {@code in} (closed by {@link #close()}).
     *
     * @param in          the bytes
     * @param bufferBytes the initial buffer size
     */
    JsonScanner(InputStream in, int bufferBytes) {
        this.in = in;
        this.buffer = new byte[Math.max(1, bufferBytes)];
    }

    /** A scanner over a byte range (no input stream). */
    JsonScanner(byte[] bytes, int from, int to) {
        this.in = InputStream.nullInputStream();
        this.buffer = Arrays.copyOfRange(bytes, from, to);
        this.limit = buffer.length;
        this.endOfInput = true;
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
                if (c == 0xEF && state == ROOT && shifted + position == 0 && available(3)
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

    /** Whether the integer just read fits a {@code long}. */
    boolean fitsLong() {
        return fitsLong;
    }

    /** The integer just read; only when it {@link #fitsLong() fits}. */
    long longValue() {
        return longValue;
    }

    /** The integer just read, of any size. */
    BigInteger bigIntegerValue() {
        return fitsLong ? BigInteger.valueOf(longValue) : new BigInteger(numberText());
    }

    /** The number just read as a double (the last decimal's value is kept: repeated times are common). */
    double doubleValue() {
        if (token == Token.INTEGER) {
            return fitsLong ? (double) longValue : new BigInteger(numberText()).doubleValue();
        }
        int length = numberEnd - numberStart;
        if (!Arrays.equals(lastDecimal, 0, lastDecimal.length, buffer, numberStart, numberEnd)) {
            lastDecimal = Arrays.copyOfRange(buffer, numberStart, numberEnd);
            lastDecimalValue = Double.parseDouble(new String(lastDecimal, 0, length, StandardCharsets.ISO_8859_1));
        }
        return lastDecimalValue;
    }

    /** The number just read, as written. */
    String numberText() {
        return new String(buffer, numberStart, numberEnd - numberStart, StandardCharsets.ISO_8859_1);
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

    /** An error at the start of the current token. */
    JsonSyntaxException problem(String message) {
        return new JsonSyntaxException(message, shifted + position);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The 1-based line and column of a byte offset in {@code bytes}, counting columns in bytes.
     *
     * @param in     the same input again, from its start
     * @param offset the offset
     * @return {@code {line, column}}
     */
    static long[] lineAndColumn(InputStream in, long offset) throws IOException {
        long line = 1;
        long lineStart = 0;
        byte[] chunk = new byte[1 << 16];
        long read = 0;
        while (read < offset) {
            int count = in.read(chunk, 0, (int) Math.min(chunk.length, offset - read));
            if (count < 0) {
                break;
            }
            for (int i = 0; i < count; i++) {
                if (chunk[i] == '\n') {
                    line++;
                    lineStart = read + i + 1;
                }
            }
            read += count;
        }
        return new long[] {line, offset - lineStart + 1};
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
                    Token number = number();
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

    /** Whether the input at the position starts with {@code bytes} (keeping the position). */
    private boolean startsWith(byte[] bytes) throws IOException {
        int length = bytes.length;
        if (limit - position < length) {
            scanStart = position;
            try {
                if (!available(length)) {
                    return false;
                }
            } finally {
                scanStart = -1;
            }
        }
        return sameBytes(bytes, position);
    }

    /** Whether {@code bytes} are at {@code at} of the buffer (a loop: quicker than a library call for short names). */
    private boolean sameBytes(byte[] bytes, int at) {
        byte[] here = buffer;
        for (int i = 0; i < bytes.length; i++) {
            if (here[at + i] != bytes[i]) {
                return false;
            }
        }
        return true;
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

    // ----- numbers ------------------------------------------------------------------------

    private Token number() throws IOException {
        scanStart = position;
        try {
            boolean negative = peek() == '-';
            if (negative) {
                position++;
            }
            int first = peek();
            if (first < '0' || first > '9') {
                throw problem("a number needs a digit after '-'");
            }
            long value = 0;
            boolean overflow = false;
            if (first == '0') {
                position++;
            } else {
                int digits = 0;
                int c;
                while ((c = peek()) >= '0' && c <= '9') {
                    if (digits++ < 18) {
                        value = value * 10 + (c - '0');
                    } else {
                        overflow = true;
                    }
                    position++;
                }
            }
            boolean decimal = false;
            if (peek() == '.') {
                decimal = true;
                position++;
                if (!digits()) {
                    throw problem("a number needs a digit after '.'");
                }
            }
            int exponent = peek();
            if (exponent == 'e' || exponent == 'E') {
                decimal = true;
                position++;
                int sign = peek();
                if (sign == '+' || sign == '-') {
                    position++;
                }
                if (!digits()) {
                    throw problem("a number needs a digit in its exponent");
                }
            }
            int next = peek();
            if (next >= '0' && next <= '9') {
                throw problem("invalid number: leading zeros are not allowed");
            }
            // valid until the next token: the buffer only moves while scanning
            numberStart = scanStart;
            numberEnd = position;
            if (numberEnd - numberStart > MAX_NUMBER_LENGTH) {
                throw problem("a number longer than " + MAX_NUMBER_LENGTH + " characters");
            }
            if (decimal) {
                return Token.DECIMAL;
            }
            if (overflow) {
                BigInteger big = new BigInteger(numberText());
                fitsLong = big.bitLength() < 64;
                longValue = big.longValue();
            } else {
                fitsLong = true;
                longValue = negative ? -value : value;
            }
            return Token.INTEGER;
        } finally {
            scanStart = -1;
        }
    }

    private boolean digits() throws IOException {
        boolean any = false;
        int c;
        while ((c = peek()) >= '0' && c <= '9') {
            position++;
            any = true;
        }
        return any;
    }

    /** The byte at the position, or -1 at the end of the input. */
    private int peek() throws IOException {
        if (position >= limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xFF;
    }

    // ----- strings ------------------------------------------------------------------------

    /**
     * Reads a string's content after its opening quote. Returns it when {@code keep}, as a
     * canonical instance for member names made of ASCII.
     */
    private String string(boolean keep, boolean memberName) throws IOException {
        scanStart = position;
        try {
            while (true) {
                byte[] bytes = buffer;
                int at = position;
                int end = limit;
                while (at < end) {
                    byte b = bytes[at];
                    if (b == '"') {
                        position = at + 1;
                        return keep ? plain(scanStart, at, memberName) : null;
                    }
                    if (b == '\\' || b < 0x20) { // (bytes from 0x80 on are negative)
                        position = at;
                        return slowString(keep);
                    }
                    at++;
                }
                position = at;
                if (!fill()) {
                    throw problem("unexpected end of input in a string");
                }
            }
        } finally {
            scanStart = -1;
        }
    }

    private String plain(int from, int to, boolean memberName) {
        int length = to - from;
        if (!memberName) {
            return new String(buffer, from, length, StandardCharsets.ISO_8859_1);
        }
        // a cheap slot (names are few and short), checked by comparing the bytes
        int slot = length == 0 ? 0 : (length * 31 + buffer[from] * 7 + buffer[to - 1]) & (NAME_CACHE_SIZE - 1);
        byte[] known = nameBytes[slot];
        if (known != null && known.length == length && sameBytes(known, from)) {
            return names[slot];
        }
        String name = new String(buffer, from, length, StandardCharsets.ISO_8859_1);
        nameBytes[slot] = Arrays.copyOfRange(buffer, from, to);
        names[slot] = name;
        return name;
    }

    /** Reads the rest of a string with escapes, control characters (refused) or multi-byte characters. */
    private String slowString(boolean keep) throws IOException {
        chars.setLength(0);
        for (int i = scanStart; i < position; i++) {
            chars.append((char) buffer[i]);
        }
        scanStart = -1; // the rest is collected in chars: the buffer need not keep it
        while (true) {
            int c = peek();
            if (c < 0) {
                throw problem("unexpected end of input in a string");
            }
            if (c == '"') {
                position++;
                return keep ? chars.toString() : null;
            }
            if (c < 0x20) {
                throw problem("unescaped control character " + describe(c) + " in a string");
            }
            if (c == '\\') {
                position++;
                escape();
            } else if (c < 0x80) {
                chars.append((char) c);
                position++;
            } else {
                multiByte(c);
            }
        }
    }

    private void escape() throws IOException {
        int c = peek();
        position++;
        switch (c) {
            case '"' -> chars.append('"');
            case '\\' -> chars.append('\\');
            case '/' -> chars.append('/');
            case 'b' -> chars.append('\b');
            case 'f' -> chars.append('\f');
            case 'n' -> chars.append('\n');
            case 'r' -> chars.append('\r');
            case 't' -> chars.append('\t');
            case 'u' -> {
                if (!available(4)) {
                    throw problem("unexpected end of input in a \\u escape");
                }
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(buffer[position + i], 16);
                    if (digit < 0) {
                        throw problem("invalid \\u escape");
                    }
                    value = value * 16 + digit;
                }
                position += 4;
                chars.append((char) value);
            }
            default -> {
                position--;
                throw problem(c < 0 ? "unexpected end of input in a string" : "invalid escape \\" + (char) c);
            }
        }
    }

    /** Decodes one UTF-8 sequence starting with {@code lead}, refusing malformed ones. */
    private void multiByte(int lead) throws IOException {
        int count;
        int minimum;
        int value;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 1;
            minimum = 0x80;
            value = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 2;
            minimum = 0x800;
            value = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 3;
            minimum = 0x10000;
            value = lead & 0x07;
        } else {
            throw problem("invalid UTF-8 start byte 0x" + Integer.toHexString(lead));
        }
        if (!available(count + 1)) {
            throw problem("unexpected end of input in a UTF-8 sequence");
        }
        for (int i = 1; i <= count; i++) {
            int next = buffer[position + i] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw problem("invalid UTF-8 continuation byte 0x" + Integer.toHexString(next));
            }
            value = (value << 6) | (next & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            throw problem("invalid UTF-8 sequence");
        }
        position += count + 1;
        chars.appendCodePoint(value);
    }

    // ----- buffer -------------------------------------------------------------------------

    private int skipWhitespace() throws IOException {
        while (true) {
            byte[] bytes = buffer;
            int at = position;
            int end = limit;
            while (at < end) {
                int c = bytes[at];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    position = at;
                    return c & 0xFF;
                }
                at++;
            }
            position = at;
            if (!fill()) {
                return -1;
            }
        }
    }

    /** Whether {@code count} bytes from the position are in the buffer (refilling if needed). */
    private boolean available(int count) throws IOException {
        while (limit - position < count) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads more input after {@code limit}, first moving the bytes still needed (from the marked
     * value, else the string or number being scanned, else the position) to the buffer's start,
     * growing the buffer if they fill it.
     *
     * @return whether any byte was added
     */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int keep = position;
        if (scanStart >= 0) {
            keep = Math.min(keep, scanStart);
        }
        if (valueStart >= 0) {
            keep = Math.min(keep, valueStart);
        }
        if (restStart >= 0) {
            keep = Math.min(keep, restStart);
        }
        if (keep > 0) {
            System.arraycopy(buffer, keep, buffer, 0, limit - keep);
            limit -= keep;
            position -= keep;
            shifted += keep;
            if (scanStart >= 0) {
                scanStart -= keep;
            }
            if (valueStart >= 0) {
                valueStart -= keep;
            }
            if (restStart >= 0) {
                restStart -= keep;
            }
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int count = in.read(buffer, limit, buffer.length - limit);
        while (count == 0) {
            count = in.read(buffer, limit, buffer.length - limit);
        }
        if (count < 0) {
            endOfInput = true;
            return false;
        }
        limit += count;
        return true;
    }

    private static String describe(int c) {
        if (c < 0) {
            return "end of input";
        }
        return c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format("0x%02X", c);
    }
}
