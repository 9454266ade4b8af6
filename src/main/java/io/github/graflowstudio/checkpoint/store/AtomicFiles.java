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
 * target atomically; the folder is then forced too. While a large file is written, what was
 * written so far is forced in the background every few megabytes ({@link EarlyForcer}). The static methods are stateless and
 * thread-safe; {@link StagedFile} and {@link BackgroundWork} say how they may be shared.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes content produced by {@code writer} to {@code target} atomically. */
    public static void write(Path target, ContentWriter writer) throws IOException {
        try (StagedFile staged = stage(target, writer)) {
            staged.force();
            staged.commit();
        }
    }

    /**
     * Writes content produced by {@code writer} to a temporary file next to {@code target}, not yet
     * forced to disk nor moved into place: {@link StagedFile#force()} then
     * {@link StagedFile#commit()} finish what {@link #write} does, and closing an uncommitted file
     * deletes it. Lets a caller force one file while it writes the next.
     */
    public static StagedFile stage(Path target, ContentWriter writer) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve(target.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        StagedFile staged = new StagedFile(target, temporary, folder,
                FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        try {
            OutputStream out = staged.early;
            java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            writer.writeTo(buffered);
            buffered.flush();
            return staged;
        } catch (IOException | RuntimeException | Error e) {
            try {
                staged.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Forces a staged file to disk on a thread of its own.
     *
     * @return the handle to wait for
     */
    public static BackgroundWork<Void, IOException> forceInBackground(StagedFile staged) {
        return BackgroundWork.start("checkpoint-force " + staged.target.getFileName(), () -> {
            staged.force();
            return null;
        });
    }

    /**
     * A file written next to its target and not yet in place ({@link #stage}). {@link #force()} may
     * run on another thread than the one that staged the file, once, and must be finished (joined)
     * before {@link #commit()} and {@link #close()}, which belong to the staging thread.
     */
    public static final class StagedFile implements AutoCloseable {
        private final Path target;
        private final Path temporary;
        private final Path folder;
        private final FileChannel channel;
        private final EarlyForcer early;
        private boolean committed;

        private StagedFile(Path target, Path temporary, Path folder, FileChannel channel) {
            this.target = target;
            this.temporary = temporary;
            this.folder = folder;
            this.channel = channel;
            this.early = new EarlyForcer(Channels.newOutputStream(channel), channel);
        }

        /** Forces the content to disk and closes the file. */
        public void force() throws IOException {
            early.stop();
            try {
                channel.force(true);
            } finally {
                early.join();
                channel.close();
            }
        }

        /** Moves the forced file over the target atomically, then forces the folder. */
        public void commit() throws IOException {
            move(temporary, target);
            committed = true;
            forceFolder(folder);
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            early.join();
            try {
                channel.close();
            } finally {
                if (!committed) {
                    Files.deleteIfExists(temporary);
                }
            }
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
