package io.github.graflowstudio.checkpoint.studio;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte level of {@link JsonScanner}: a buffer over the input that keeps the bytes still
 * needed (a marked value, the string or number being scanned) when it reads more, and the
 * strict scanning of strings (UTF-8 checked, escapes decoded, member names canonical) and
 * numbers (parsed only when asked for). The grammar (tokens, nesting, marks) is the scanner's.
 * Errors are {@link JsonSyntaxException}s with the byte offset; the line and column are worked
 * out only when one is reported ({@link JsonSyntaxException#lineAndColumn}).
 *
 * <p>Not thread-safe: one instance per file being read.
 */
abstract sealed class JsonLexer implements Closeable permits JsonScanner {
    /** The longest number accepted, in characters (Jackson's default limit). */
    static final int MAX_NUMBER_LENGTH = 1000;
    private static final int NAME_CACHE_SIZE = 256;

    private final InputStream in;
    byte[] buffer;
    int position;
    int limit;
    /** Bytes of the input that were before {@code buffer[0]}. */
    private long shifted;
    private boolean endOfInput;
    /** The start of the marked value, kept in the buffer, or -1. */
    int valueStart = -1;
    /** The start of the marked rest of an object, kept in the buffer, or -1. */
    int restStart = -1;
    /** The start of the string or number being scanned, kept in the buffer, or -1. */
    int scanStart = -1;

    private final String[] names = new String[NAME_CACHE_SIZE];
    private final byte[][] nameBytes = new byte[NAME_CACHE_SIZE][];
    private long longValue;
    private boolean fitsLong;
    private boolean decimal;
    private int numberStart;
    private int numberEnd;
    private byte[] lastDecimal = new byte[0];
    private double lastDecimalValue;
    private final StringBuilder chars = new StringBuilder();

    /** Reads {@code in} (closed by {@link #close()}) through a buffer of {@code bufferBytes} to start with. */
    JsonLexer(InputStream in, int bufferBytes) {
        this.in = in;
        this.buffer = new byte[Math.max(1, bufferBytes)];
    }

    /** Reads a copy of a byte range (no input stream). */
    JsonLexer(byte[] bytes, int from, int to) {
        this.in = InputStream.nullInputStream();
        this.buffer = Arrays.copyOfRange(bytes, from, to);
        this.limit = buffer.length;
        this.endOfInput = true;
    }

    /** Whether the position is the input's first byte. */
    boolean atStartOfInput() {
        return shifted + position == 0;
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
        if (!decimal) {
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

    /** An error at the start of the current token. */
    JsonSyntaxException problem(String message) {
        return new JsonSyntaxException(message, shifted + position);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Whether the input at the position starts with {@code bytes} (keeping the position). */
    boolean startsWith(byte[] bytes) throws IOException {
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

    /**
     * Scans a number at the position (a digit or '-'); returns whether it is a decimal (a
     * fraction or an exponent) rather than an integer.
     */
    boolean number() throws IOException {
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
            boolean fraction = false;
            if (peek() == '.') {
                fraction = true;
                position++;
                if (!digits()) {
                    throw problem("a number needs a digit after '.'");
                }
            }
            int exponent = peek();
            if (exponent == 'e' || exponent == 'E') {
                fraction = true;
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
            decimal = fraction;
            if (fraction) {
                return true;
            }
            if (overflow) {
                BigInteger big = new BigInteger(numberText());
                fitsLong = big.bitLength() < 64;
                longValue = big.longValue();
            } else {
                fitsLong = true;
                longValue = negative ? -value : value;
            }
            return false;
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

    /**
     * Reads a string's content after its opening quote. Returns it when {@code keep}, as a
     * canonical instance for member names made of ASCII.
     */
    String string(boolean keep, boolean memberName) throws IOException {
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

    int skipWhitespace() throws IOException {
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
    boolean available(int count) throws IOException {
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

    static String describe(int c) {
        if (c < 0) {
            return "end of input";
        }
        return c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format("0x%02X", c);
    }

}
