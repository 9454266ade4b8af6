package io.github.graflowstudio.checkpoint.pickle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Walks pickle data (bytes, a stream or a file) without executing anything: see the package
 * documentation. The entry point for the pickle check of a checkpoint and for opcode listings.
 * Immutable and thread-safe; each walk uses its own state.
 *
 * <pre>{@code
 * PickleReport report = PickleWalker.withDefaults().walkFile(Path.of("checkpoint.pkl"));
 * }</pre>
 */
public final class PickleWalker {
    private final PickleLimits limits;

    /**
     * A walker with the given caps.
     *
     * @param limits the caps
     */
    public PickleWalker(PickleLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A walker with {@link PickleLimits#DEFAULTS}. */
    public static PickleWalker withDefaults() {
        return new PickleWalker(PickleLimits.DEFAULTS);
    }

    /** The caps this walker applies. */
    public PickleLimits limits() {
        return limits;
    }

    /** Walks bytes in memory. */
    public PickleReport walk(byte[] data) {
        return walk(data, null);
    }

    /**
     * Walks bytes in memory, reporting each opcode to a visitor.
     *
     * @param data    the pickle bytes
     * @param visitor receives each opcode, or {@code null}
     * @return the report
     */
    public PickleReport walk(byte[] data, PickleVisitor visitor) {
        Objects.requireNonNull(data, "data");
        if (data.length > limits.maxBytes()) {
            return tooLarge(data.length);
        }
        return new OpcodeInterpreter(PickleInput.of(data), limits, visitor).run();
    }

    /**
     * Walks a stream of known size without holding it in memory.
     *
     * @param stream  the pickle bytes; not closed
     * @param size    the number of bytes the stream holds
     * @param visitor receives each opcode, or {@code null}
     * @return the report
     */
    public PickleReport walk(InputStream stream, long size, PickleVisitor visitor) {
        Objects.requireNonNull(stream, "stream");
        if (size > limits.maxBytes()) {
            return tooLarge(size);
        }
        return new OpcodeInterpreter(PickleInput.of(stream, size), limits, visitor).run();
    }

    /** Walks a file. */
    public PickleReport walkFile(Path file) throws IOException {
        return walkFile(file, null);
    }

    /**
     * Walks a file, streaming it. The size is checked against {@link PickleLimits#maxBytes()}
     * before anything is read.
     *
     * @param file    the file
     * @param visitor receives each opcode, or {@code null}
     * @return the report
     * @throws IOException if the file cannot be opened or its size read
     */
    public PickleReport walkFile(Path file, PickleVisitor visitor) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            return tooLarge(size);
        }
        try (InputStream stream = Files.newInputStream(file)) {
            return walk(stream, size, visitor);
        }
    }

    private PickleReport tooLarge(long size) {
        return PickleReport.refused(size, "is " + size + " bytes, more than the limit of " + limits.maxBytes());
    }
}
