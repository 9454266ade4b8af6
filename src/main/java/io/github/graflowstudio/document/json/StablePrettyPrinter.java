package io.github.graflowstudio.document.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A fixed pretty-printing style: two-space indentation, {@code \n} line ends, {@code "key": value},
 * empty containers as {@code {}} and {@code []}, and arrays marked inline (by the writer, for
 * short scalar arrays) on one line as {@code ["a", "b"]}. Not thread-safe: one per generator.
 */
final class StablePrettyPrinter implements PrettyPrinter {
    private final Deque<Boolean> inline = new ArrayDeque<>();
    private int depth;
    private boolean nextArrayInline;

    /** Marks the next array as one to write on one line. */
    void inlineNextArray() {
        nextArrayInline = true;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator generator) throws IOException {
        generator.writeRaw('{');
        depth++;
    }

    @Override
    public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
        depth--;
        if (entries > 0) {
            newLine(generator);
        }
        generator.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(',');
        newLine(generator);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator generator) throws IOException {
        inline.push(nextArrayInline);
        nextArrayInline = false;
        generator.writeRaw('[');
        depth++;
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int values) throws IOException {
        depth--;
        boolean oneLine = inline.pop();
        if (values > 0 && !oneLine) {
            newLine(generator);
        }
        generator.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(',');
        if (Boolean.TRUE.equals(inline.peek())) {
            generator.writeRaw(' ');
        } else {
            newLine(generator);
        }
    }

    @Override
    public void beforeArrayValues(JsonGenerator generator) throws IOException {
        if (!Boolean.TRUE.equals(inline.peek())) {
            newLine(generator);
        }
    }

    @Override
    public void beforeObjectEntries(JsonGenerator generator) throws IOException {
        newLine(generator);
    }

    private void newLine(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            generator.writeRaw("  ");
        }
    }
}
