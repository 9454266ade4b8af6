package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the base of a set from any path naming it: the base itself, one of its four files, or a
 * folder holding exactly one set. Stateless and thread-safe.
 */
final class CheckpointLocator {
    private CheckpointLocator() {
    }

    /** The path of one file of the set. */
    static Path file(Path base, CheckpointFile file) {
        return base.resolveSibling(base.getFileName() + file.suffix());
    }

    /**
     * The base for a path.
     *
     * @throws NotACheckpointException when no file of a set exists for the path
     */
    static Path locate(Path path) throws NotACheckpointException {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new NotACheckpointException(path + " does not name a checkpoint");
        }
        if (Files.isDirectory(absolute)) {
            return inFolder(path, absolute);
        }
        String name = absolute.getFileName().toString();
        for (CheckpointFile file : CheckpointFile.values()) {
            if (name.endsWith(file.suffix()) && name.length() > file.suffix().length()) {
                Path base = absolute.resolveSibling(name.substring(0, name.length() - file.suffix().length()));
                if (anyExists(base)) {
                    return base;
                }
            }
        }
        if (anyExists(absolute)) {
            return absolute;
        }
        throw new NotACheckpointException(path + " is not a checkpoint: none of <base>.state.json, .meta.json, "
                + ".pkl or .context.json exists for it");
    }

    private static boolean anyExists(Path base) {
        for (CheckpointFile file : CheckpointFile.values()) {
            if (Files.isRegularFile(file(base, file))) {
                return true;
            }
        }
        return false;
    }

    private static Path inFolder(Path path, Path folder) throws NotACheckpointException {
        TreeSet<String> bases = new TreeSet<>();
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(Files::isRegularFile).map(child -> child.getFileName().toString()).forEach(name -> {
                for (CheckpointFile file : CheckpointFile.values()) {
                    if (name.endsWith(file.suffix()) && name.length() > file.suffix().length()) {
                        bases.add(name.substring(0, name.length() - file.suffix().length()));
                        return;
                    }
                }
            });
        } catch (IOException failure) {
            throw new NotACheckpointException(path + " is a folder that cannot be listed: " + failure.getMessage());
        }
        if (bases.size() == 1) {
            return folder.resolve(bases.first());
        }
        if (bases.isEmpty()) {
            throw new NotACheckpointException(path + " is a folder without checkpoint files");
        }
        List<String> names = new ArrayList<>(bases);
        throw new NotACheckpointException(path + " is a folder with " + names.size() + " checkpoint sets; name one of "
                + names.subList(0, Math.min(10, names.size())));
    }
}
