package io.github.graflowstudio.checkpoint.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a crash at any moment leaves either the old or the new content: the
 * bytes go to a temporary file in the same folder, are forced to disk and moved over the
 * target atomically; the folder is then forced too. Stateless and thread-safe.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes content produced by {@code writer} to {@code target} atomically. */
    public static void write(Path target, ContentWriter writer) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve(target.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                writer.writeTo(buffered);
                buffered.flush();
                channel.force(true);
            }
            move(temporary, target);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Keeps the current content of {@code target} (if any) as {@code target + ".prev"}, by a
     * hard link where the file system allows it (else a copy), replaced atomically.
     */
    public static void keepPrevious(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        Path previous = previousOf(target);
        Path temporary = folder.resolve(target.getFileName() + ".prev.tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            try {
                Files.createLink(temporary, target);
            } catch (UnsupportedOperationException | FileAlreadyExistsException | SecurityException e) {
                Files.copy(target, temporary, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.copy(target, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            move(temporary, previous);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The backup path of a file: {@code <file>.prev}. */
    public static Path previousOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".prev");
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every platform can open a folder for syncing; the rename is still atomic
        }
    }

    /** Produces a file's content. */
    @FunctionalInterface
    public interface ContentWriter {
        /** Writes the content; the stream must not be closed by the writer. */
        void writeTo(OutputStream out) throws IOException;
    }
}
