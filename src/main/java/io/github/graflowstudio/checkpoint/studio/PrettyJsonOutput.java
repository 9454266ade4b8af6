package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes JSON text laid out exactly as Jackson's {@code DefaultPrettyPrinter} lays it out (objects
 * one member per line indented by two spaces per object level, {@code " : "} between a name and its
 * value, arrays on one line as {@code [ a, b ]}, {@code { }} and {@code [ ]} when empty), straight
 * into a byte buffer. A large checkpoint set is mostly a few field names and short ids repeated
 * hundreds of thousands of times: here each is a copy of pre-encoded bytes instead of a walk through
 * a generator and its pretty printer.
 *
 * <p>Jackson stays the reference for everything but the common cases: a string with a character
 * outside printable ASCII (or a quote or backslash), a number that is not finite, and a tree node
 * that is not plain JSON are rendered by Jackson ({@link JacksonRendering}), so the bytes are always
 * Jackson's.
 *
 * <p>Not thread-safe: one instance per file being written.
 */
final class PrettyJsonOutput {
    private static final int BUFFER_BYTES = 1 << 17;
    private static final byte[] LINE_END = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NAME_VALUE = {' ', ':', ' '};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private final OutputStream out;
    private final JacksonRendering jackson;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private byte[][] indents = new byte[0][];
    /** Per open container: whether it is an object, and how many entries it has so far. */
    private boolean[] objects = new boolean[16];
    private int[] entries = new int[16];
    private int depth;
    private int nesting;
    private double lastDouble;
    private byte[] lastDoubleText;

    /**
     * An output writing to {@code out} (flushed by {@link #flush()}, never closed).
     *
     * @param out     where the bytes go
     * @param jackson renders what this class leaves to Jackson
     */
    PrettyJsonOutput(OutputStream out, JacksonRendering jackson) {
        this.out = out;
        this.jackson = jackson;
    }

    /**
     * A field name encoded once: its quoted text followed by {@code " : "}, and, per object depth,
     * that text with the line break and indentation before it (with and without the comma that
     * separates it from the previous member), so that a member name is a single copy.
     */
    static final class Name {
        private final byte[] bytes;
        private byte[][] first = new byte[0][];
        private byte[][] following = new byte[0][];

        /** Encodes a name made of printable ASCII other than quote and backslash. */
        Name(String name) {
            if (!isPlain(name)) {
                throw new IllegalArgumentException("not a plain name: " + name);
            }
            bytes = ("\"" + name + "\" : ").getBytes(StandardCharsets.US_ASCII);
        }

        byte[] at(int nesting, boolean afterAnother) {
            if (nesting >= first.length) {
                first = Arrays.copyOf(first, nesting + 1);
                following = Arrays.copyOf(following, nesting + 1);
            }
            byte[][] table = afterAnother ? following : first;
            byte[] encoded = table[nesting];
            if (encoded == null) {
                int comma = afterAnother ? 1 : 0;
                encoded = new byte[comma + LINE_END.length + 2 * nesting + bytes.length];
                encoded[0] = ',';
                System.arraycopy(LINE_END, 0, encoded, comma, LINE_END.length);
                Arrays.fill(encoded, comma + LINE_END.length, comma + LINE_END.length + 2 * nesting, (byte) ' ');
                System.arraycopy(bytes, 0, encoded, encoded.length - bytes.length, bytes.length);
                table[nesting] = encoded;
            }
            return encoded;
        }
    }

    /**
     * The quoted text of a string made of printable ASCII other than quote and backslash, for
     * {@link #raw}.
     */
    static byte[] plainString(String text) {
        if (!isPlain(text)) {
            throw new IllegalArgumentException("not a plain string: " + text);
        }
        return ("\"" + text + "\"").getBytes(StandardCharsets.US_ASCII);
    }

    /** The current object depth, as the pretty printer counts it (arrays do not add to it). */
    int nesting() {
        return nesting;
    }

    /** Starts an object. */
    void startObject() throws IOException {
        beforeValue();
        writeByte('{');
        push(true);
        nesting++;
    }

    /** Ends the innermost object. */
    void endObject() throws IOException {
        int count = entries[--depth];
        nesting--;
        if (count > 0) {
            indent(nesting);
            writeByte('}');
        } else {
            ensure(2);
            buffer[position++] = ' ';
            buffer[position++] = '}';
        }
    }

    /** Starts an array. */
    void startArray() throws IOException {
        beforeValue();
        writeByte('[');
        push(false);
    }

    /** Ends the innermost array. */
    void endArray() throws IOException {
        depth--;
        ensure(2);
        buffer[position++] = ' ';
        buffer[position++] = ']';
    }

    /** Writes a pre-encoded member name of the innermost object. */
    void name(Name name) throws IOException {
        write(name.at(nesting, entries[depth - 1]++ > 0));
    }

    /** Writes a member name of the innermost object. */
    void name(String name) throws IOException {
        beforeName();
        quoted(name);
        write(NAME_VALUE);
    }

    /** Writes a string, or {@code null}. */
    void string(String value) throws IOException {
        beforeValue();
        if (value == null) {
            write(NULL);
        } else {
            quoted(value);
        }
    }

    /** Writes an integer. */
    void number(long value) throws IOException {
        beforeValue();
        digits(value);
    }

    /**
     * Writes a double as Jackson does ({@link Double#toString} when finite). The text of the last
     * double is kept: specs queued together share their time.
     */
    void number(double value) throws IOException {
        beforeValue();
        if (lastDoubleText == null || Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(lastDouble)) {
            lastDouble = value;
            lastDoubleText = Double.isFinite(value) ? Double.toString(value).getBytes(StandardCharsets.US_ASCII)
                    : jackson.number(value);
        }
        write(lastDoubleText);
    }

    /** Writes a boolean. */
    void bool(boolean value) throws IOException {
        beforeValue();
        write(value ? TRUE : FALSE);
    }

    /** Writes {@code null}. */
    void nullValue() throws IOException {
        beforeValue();
        write(NULL);
    }

    /**
     * Writes a value already laid out for the current position (rendered for {@link #nesting()}),
     * e.g. by {@link JacksonRendering#tree}.
     */
    void raw(byte[] renderedValue) throws IOException {
        beforeValue();
        write(renderedValue);
    }

    /**
     * Writes a JSON tree. Plain nodes (objects, arrays, text, integers, finite doubles, booleans,
     * null) are written here, anything else as Jackson renders it. Iterates nested containers
     * recursively: trees come from {@link JsonValues#toTree}, which bounds their depth.
     */
    void tree(JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                startObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    name(field.getKey());
                    tree(field.getValue());
                }
                endObject();
            }
            case ARRAY -> {
                startArray();
                for (JsonNode item : node) {
                    tree(item);
                }
                endArray();
            }
            case STRING -> string(node.textValue());
            case BOOLEAN -> bool(node.booleanValue());
            case NULL -> nullValue();
            case NUMBER -> number(node);
            default -> raw(jackson.tree(node, nesting));
        }
    }

    private void number(JsonNode node) throws IOException {
        if (node.isInt() || node.isLong()) {
            number(node.longValue());
        } else if (node.isBigInteger()) {
            beforeValue();
            ascii(((BigInteger) node.numberValue()).toString());
        } else if (node.isDouble() && Double.isFinite(node.doubleValue())) {
            number(node.doubleValue());
        } else {
            raw(jackson.tree(node, nesting));
        }
    }

    /** Writes out what is buffered (not flushing {@code out} itself). */
    void flush() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    private void push(boolean object) {
        if (depth == objects.length) {
            objects = Arrays.copyOf(objects, depth * 2);
            entries = Arrays.copyOf(entries, depth * 2);
        }
        objects[depth] = object;
        entries[depth] = 0;
        depth++;
    }

    private void beforeName() throws IOException {
        if (entries[depth - 1]++ > 0) {
            writeByte(',');
        }
        indent(nesting);
    }

    private void beforeValue() throws IOException {
        if (depth == 0 || objects[depth - 1]) {
            return; // the root value, or a member value right after its name
        }
        if (entries[depth - 1]++ > 0) {
            ensure(2);
            buffer[position++] = ',';
            buffer[position++] = ' ';
        } else {
            writeByte(' ');
        }
    }

    private void indent(int level) throws IOException {
        if (level >= indents.length) {
            int old = indents.length;
            indents = Arrays.copyOf(indents, Math.max(level + 1, old * 2));
            for (int i = old; i < indents.length; i++) {
                byte[] indent = Arrays.copyOf(LINE_END, LINE_END.length + 2 * i);
                Arrays.fill(indent, LINE_END.length, indent.length, (byte) ' ');
                indents[i] = indent;
            }
        }
        write(indents[level]);
    }

    private void quoted(String value) throws IOException {
        int length = value.length();
        if (length + 2 > buffer.length) {
            write(jackson.string(value));
            return;
        }
        ensure(length + 2);
        int start = position;
        byte[] bytes = buffer;
        int at = start;
        bytes[at++] = '"';
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
                write(jackson.string(value)); // Jackson escapes it (position is still at start)
                return;
            }
            bytes[at++] = (byte) c;
        }
        bytes[at++] = '"';
        position = at;
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Writes text known to be ASCII (a number's digits). */
    private void ascii(String text) throws IOException {
        int length = text.length();
        if (length > buffer.length) {
            write(text.getBytes(StandardCharsets.US_ASCII));
            return;
        }
        ensure(length);
        byte[] bytes = buffer;
        int at = position;
        for (int i = 0; i < length; i++) {
            bytes[at++] = (byte) text.charAt(i);
        }
        position = at;
    }

    private void digits(long value) throws IOException {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        ensure(20);
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        int count = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            count++;
        }
        int at = position + count;
        position = at;
        do {
            buffer[--at] = (byte) ('0' + (int) (value % 10));
            value /= 10;
        } while (value > 0);
    }

    private void writeByte(char c) throws IOException {
        ensure(1);
        buffer[position++] = (byte) c;
    }

    private void write(byte[] bytes) throws IOException {
        int length = bytes.length;
        if (length > buffer.length - position) {
            flush();
            if (length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, position, length);
        position += length;
    }

    /** Makes room for {@code count} bytes, at most the buffer's size. */
    private void ensure(int count) throws IOException {
        if (count > buffer.length - position) {
            flush();
        }
    }
}
