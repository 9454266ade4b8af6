package io.github.graflowstudio.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder for the files a benchmark writes, deleted with everything in it on
 * {@link #close()}. Not thread-safe.
 */
final class ScratchFolder implements AutoCloseable {
    private final Path path;

    /** Creates a new folder under the system's temporary folder. */
    ScratchFolder(String prefix) {
        try {
            path = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    /** The folder. */
    Path path() {
        return path;
    }

    /** The size of a file in bytes, or 0 if it is missing. */
    static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Deletes everything in the folder, keeping the folder. */
    void empty() {
        deleteTree(false);
    }

    @Override
    public void close() {
        deleteTree(true);
    }

    private void deleteTree(boolean includingRoot) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (includingRoot || !file.equals(path)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}
