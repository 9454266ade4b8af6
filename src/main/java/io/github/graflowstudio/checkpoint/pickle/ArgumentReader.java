package io.github.graflowstudio.checkpoint.pickle;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads the inline arguments of opcodes from a {@link PickleInput}: fixed-size integers, text
 * lines and length-prefixed payloads. Claimed lengths are checked against the bytes that remain
 * before anything is allocated, and large payloads are skipped, not stored. Not thread-safe.
 */
final class ArgumentReader {
    /** Strings longer than this are never kept as names. */
    static final int MAX_NAME_LENGTH = 256;
    /** The longest argument text a listing shows. */
    static final int MAX_ARGUMENT_TEXT = 100;
    private static final int MAX_KEPT_LINE = 1024;

    private final PickleInput input;

    ArgumentReader(PickleInput input) {
        this.input = input;
    }

    int uint1() throws IOException {
        return input.readRequired();
    }

    int uint2() throws IOException {
        return input.readRequired() | (input.readRequired() << 8);
    }

    int int4() throws IOException {
        return input.readRequired() | (input.readRequired() << 8) | (input.readRequired() << 16)
                | (input.readRequired() << 24);
    }

    long uint4() throws IOException {
        return int4() & 0xffffffffL;
    }

    /** An unsigned 8-byte length; values beyond {@code Long.MAX_VALUE} are refused. */
    long uint8() throws IOException, PickleFormatException {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value |= ((long) input.readRequired()) << (8 * i);
        }
        if (value < 0) {
            throw new PickleFormatException("an 8-byte length beyond 2^63 - 1");
        }
        return value;
    }

    double float8() throws IOException {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | input.readRequired();
        }
        return Double.longBitsToDouble(bits);
    }

    /** Fails unless {@code length} bytes remain: a claimed length is checked before any read. */
    void requireAvailable(long length, PickleOpcode opcode) throws PickleFormatException {
        if (length < 0) {
            throw new PickleFormatException(opcode + " has a negative byte count " + length);
        }
        if (length > input.remaining()) {
            throw new PickleFormatException(opcode + " claims " + length + " bytes but only " + input.remaining()
                    + " remain");
        }
    }

    /**
     * Reads a line up to {@code \n}, keeping at most the first {@value #MAX_KEPT_LINE} bytes.
     *
     * @return the line without its newline
     */
    Line line() throws IOException {
        byte[] kept = new byte[64];
        int keptLength = 0;
        long length = 0;
        int last = -1;
        while (true) {
            int next = input.readRequired();
            if (next == '\n') {
                return new Line(kept, keptLength, length, last);
            }
            last = next;
            if (keptLength < MAX_KEPT_LINE) {
                if (keptLength == kept.length) {
                    kept = java.util.Arrays.copyOf(kept, kept.length * 2);
                }
                kept[keptLength++] = (byte) next;
            }
            length++;
        }
    }

    /**
     * Reads a length-prefixed payload of {@code length} bytes (already checked as available) and
     * decodes it as text when it is short enough to be a name, else skips it.
     *
     * @param describe whether to return a short display text as well
     * @return the decoded text (or {@code null} if skipped) and the display text
     */
    Payload payload(long length, Charset charset, boolean describe) throws IOException {
        if (length <= MAX_NAME_LENGTH) {
            byte[] bytes = new byte[(int) length];
            input.readFully(bytes, 0, bytes.length);
            String text = charset == null ? null : new String(bytes, charset);
            return new Payload(text, describe ? display(bytes, bytes.length, length, charset) : "");
        }
        if (!describe) {
            input.skip(length);
            return new Payload(null, "");
        }
        byte[] head = new byte[MAX_ARGUMENT_TEXT];
        input.readFully(head, 0, head.length);
        input.skip(length - head.length);
        return new Payload(null, display(head, head.length, length, charset));
    }

    /** Skips a payload whose value is not needed (integers, bytes) and describes it when asked. */
    String skipNumber(long length, boolean describe) throws IOException {
        if (!describe || length > 16) {
            input.skip(length);
            return describe ? "<" + length + "-byte integer>" : "";
        }
        byte[] bytes = new byte[(int) length];
        input.readFully(bytes, 0, bytes.length);
        byte[] bigEndian = new byte[Math.max(1, bytes.length)];
        for (int i = 0; i < bytes.length; i++) {
            bigEndian[bytes.length - 1 - i] = bytes[i];
        }
        return bytes.length == 0 ? "0" : new BigInteger(bigEndian).toString();
    }

    private static String display(byte[] bytes, int count, long total, Charset charset) {
        StringBuilder text = new StringBuilder();
        if (charset == null) {
            text.append("b'");
            for (int i = 0; i < count && text.length() < MAX_ARGUMENT_TEXT; i++) {
                int b = bytes[i] & 0xff;
                if (b >= 0x20 && b < 0x7f && b != '\'' && b != '\\') {
                    text.append((char) b);
                } else {
                    text.append(String.format("\\x%02x", b));
                }
            }
        } else {
            text.append('\'');
            appendVisible(text, new String(bytes, 0, count, charset));
        }
        if (text.length() > MAX_ARGUMENT_TEXT) {
            text.setLength(MAX_ARGUMENT_TEXT);
        }
        text.append('\'');
        if (count < total || text.length() >= MAX_ARGUMENT_TEXT) {
            text.append(" (").append(total).append(" bytes)");
        }
        return text.toString();
    }

    /** Appends text with control and invisible characters escaped, up to the display cap. */
    static void appendVisible(StringBuilder target, String text) {
        for (int i = 0; i < text.length() && target.length() < MAX_ARGUMENT_TEXT; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT || Character.isSurrogate(c)
                    || c == '\\') {
                target.append(c == '\\' ? "\\\\" : String.format("\\u%04x", (int) c));
            } else {
                target.append(c);
            }
        }
    }

    /**
     * A text line: the kept bytes (at most {@value #MAX_KEPT_LINE}) and the full length.
     *
     * @param bytes      the kept bytes (only the first {@code keptLength} count)
     * @param keptLength how many bytes were kept
     * @param length     the full length of the line
     * @param lastByte   the line's last byte, or -1 for an empty line
     */
    record Line(byte[] bytes, int keptLength, long length, int lastByte) {
        boolean complete() {
            return keptLength == length;
        }

        /** The kept bytes as text in the given charset. */
        String text(Charset charset) {
            return new String(bytes, 0, keptLength, charset);
        }

        /** The kept bytes as UTF-8 text. */
        String text() {
            return text(StandardCharsets.UTF_8);
        }

        /** A display form, truncated. */
        String display() {
            StringBuilder target = new StringBuilder();
            appendVisible(target, text(StandardCharsets.ISO_8859_1));
            if (!complete() || target.length() >= MAX_ARGUMENT_TEXT) {
                target.append("... (").append(length).append(" bytes)");
            }
            return target.toString();
        }

        int first() {
            return keptLength == 0 ? -1 : bytes[0];
        }

    }

    /**
     * A decoded payload.
     *
     * @param text    the decoded text, or {@code null} when it was too long to keep or is no text
     * @param display the display text, empty when not asked for
     */
    record Payload(String text, String display) {
    }
}
