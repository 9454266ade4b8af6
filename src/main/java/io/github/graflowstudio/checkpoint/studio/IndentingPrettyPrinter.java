package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;

/**
 * Writes exactly what Jackson's {@code DefaultPrettyPrinter} writes with its default settings
 * (objects one entry per line indented by two spaces, arrays on one line with single spaces,
 * {@code " : "} between a name and its value, {@code "{ }"} and {@code "[ ]"} when empty), but
 * can start at any object depth, so that a value rendered on its own ({@link JacksonRendering})
 * fits in at that depth of an enclosing document written by {@link PrettyJsonOutput}.
 * Not thread-safe: one instance per generator.
 */
final class IndentingPrettyPrinter implements PrettyPrinter {
    private static final String LINE_END = System.lineSeparator();
    private static final SerializableString NAME_VALUE = new SerializedString(" : ");
    private static final SerializableString SPACE = new SerializedString(" ");
    private static final SerializableString ENTRY = new SerializedString(",");

    private SerializableString[] indents = new SerializableString[0];
    private int nesting;

    /** A printer for a whole document (depth 0). */
    IndentingPrettyPrinter() {
        this(0);
    }

    /** A printer for a value written at object depth {@code nesting} of an enclosing document. */
    IndentingPrettyPrinter(int nesting) {
        this.nesting = nesting;
    }

    private void indent(JsonGenerator generator, int level) throws IOException {
        if (level >= indents.length) {
            int old = indents.length;
            indents = Arrays.copyOf(indents, Math.max(level + 1, old * 2));
            for (int i = old; i < indents.length; i++) {
                indents[i] = new SerializedString(LINE_END + "  ".repeat(i));
            }
        }
        generator.writeRaw(indents[level]);
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(SPACE);
    }

    @Override
    public void writeStartObject(JsonGenerator generator) throws IOException {
        nesting++;
        generator.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator generator) throws IOException {
        indent(generator, nesting);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(NAME_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(ENTRY);
        indent(generator, nesting);
    }

    @Override
    public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
        nesting--;
        if (entries > 0) {
            indent(generator, nesting);
        } else {
            generator.writeRaw(SPACE);
        }
        generator.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator generator) throws IOException {
        generator.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator generator) throws IOException {
        generator.writeRaw(SPACE);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(ENTRY);
        generator.writeRaw(SPACE);
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int values) throws IOException {
        generator.writeRaw(SPACE);
        generator.writeRaw(']');
    }
}
