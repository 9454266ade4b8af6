package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A reader of one checkpoint file holding a JSON object: the subclass reads the members it knows
 * straight from the scanner and {@link #keep keeps} every other member as a tree.
 *
 * <p>Not thread-safe: one instance per file.
 */
abstract class ObjectFileReader {
    /** The file read (for messages). */
    final Path file;
    private final int bufferBytes;
    private final ObjectNode fields = JsonNodeFactory.instance.objectNode();

    /** A reader of {@code file} starting with a buffer of {@code bufferBytes} (tests use tiny ones). */
    ObjectFileReader(Path file, int bufferBytes) {
        this.file = file;
        this.bufferBytes = bufferBytes;
    }

    /**
     * Reads the file, each top-level member through {@link #member}.
     *
     * @param role what the file is, for messages ({@code state}, {@code context})
     * @throws io.github.graflowstudio.checkpoint.CheckpointLoadException when it cannot be read
     */
    final void readFile(String role) {
        JsonFileReading.read(file, role, bufferBytes, this::member);
    }

    /** The members kept as trees. */
    final ObjectNode fields() {
        return fields;
    }

    /** Keeps the member the scanner is on as a tree. */
    final void keep(String name, JsonScanner scanner) throws IOException {
        fields.set(name, JsonTreeReader.read(scanner));
    }

    /**
     * Reads one top-level member: called with the scanner on the value's first token; must leave
     * it on the value's last token.
     */
    abstract void member(String name, JsonScanner scanner) throws IOException;
}
