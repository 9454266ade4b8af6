package io.github.graflowstudio.checkpoint.studio;

import io.github.graflowstudio.checkpoint.CheckpointLoadException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Streams the members of a file holding one JSON object to a handler, turning every problem into
 * a {@link CheckpointLoadException} that names the file (and the line and column of a syntax
 * error). Stateless and thread-safe.
 */
final class JsonFileReading {
    /** The initial buffer size: large enough that refills are few, small enough to stay in a cache. */
    static final int BUFFER_BYTES = 1 << 18;

    private JsonFileReading() {
    }

    /** Receives each top-level member. */
    @FunctionalInterface
    interface Members {
        /**
         * Called with the scanner on the member value's first token; must leave it on the value's
         * last token (read or skip the value).
         */
        void member(String name, JsonScanner scanner) throws IOException;
    }

    /**
     * Reads {@code file}.
     *
     * @param role what the file is, for messages ({@code state}, ...)
     * @throws CheckpointLoadException when the file is missing, unreadable, not JSON or not an object
     */
    static void read(Path file, String role, Members members) {
        read(file, role, BUFFER_BYTES, members);
    }

    /** {@link #read(Path, String, Members)} with a given initial buffer size (tests use tiny ones). */
    static void read(Path file, String role, int bufferBytes, Members members) {
        try (InputStream in = Files.newInputStream(file);
             JsonScanner scanner = new JsonScanner(in, (int) Math.min(bufferBytes, Files.size(file) + 1))) {
            if (scanner.next() != JsonScanner.Token.START_OBJECT) {
                throw new CheckpointLoadException(file + ": the " + role + " file is not a JSON object");
            }
            while (scanner.next() == JsonScanner.Token.NAME) {
                String name = scanner.text();
                scanner.next();
                members.member(name, scanner);
            }
            scanner.next(); // nothing may follow the object
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new CheckpointLoadException("Checkpoint set is incomplete: " + file + " is missing", e);
        } catch (JsonSyntaxException e) {
            throw new CheckpointLoadException(file + ": invalid JSON at " + where(file, e) + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new CheckpointLoadException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static String where(Path file, JsonSyntaxException problem) {
        try (InputStream again = Files.newInputStream(file)) {
            long[] lineAndColumn = problem.lineAndColumn(again);
            return "line " + lineAndColumn[0] + ", column " + lineAndColumn[1];
        } catch (IOException e) {
            return "byte offset " + problem.offset();
        }
    }
}
