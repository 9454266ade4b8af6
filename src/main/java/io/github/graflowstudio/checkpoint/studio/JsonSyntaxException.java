package io.github.graflowstudio.checkpoint.studio;

import java.io.IOException;
import java.io.InputStream;

/**
 * Text that is not valid JSON, found by {@link JsonScanner} at a byte offset of its input.
 * Immutable.
 */
final class JsonSyntaxException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    /**
     * An error.
     *
     * @param message what is wrong
     * @param offset  the byte offset where it was found
     */
    JsonSyntaxException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    /** The byte offset in the input. */
    long offset() {
        return offset;
    }

    /**
     * The 1-based line and column of the error, counting columns in bytes.
     *
     * @param in the same input again, from its start (read up to the error, not closed)
     * @return {@code {line, column}}
     */
    long[] lineAndColumn(InputStream in) throws IOException {
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
}
