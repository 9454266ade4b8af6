package io.github.graflowstudio.checkpoint.pickle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of an opcode listing, for views that show a pickle a screenful at a time: each page is
 * produced by a fresh streaming walk that keeps only the rows asked for. Stateless and thread-safe.
 */
public final class PickleListing {
    private PickleListing() {
    }

    /**
     * The opcodes with index {@code first} to {@code first + count - 1} of a file.
     *
     * @param walker the walker (and its caps)
     * @param file   the pickle file
     * @param first  the index of the first row, from 0
     * @param count  how many rows at most
     * @return the rows; fewer when the stream ends (or fails) sooner
     * @throws IOException if the file cannot be opened
     */
    public static List<PickleInstruction> page(PickleWalker walker, Path file, long first, int count)
            throws IOException {
        if (count <= 0) {
            return List.of();
        }
        List<PickleInstruction> rows = new ArrayList<>(Math.min(count, 1024));
        walker.walkFile(file, instruction -> {
            if (instruction.index() >= first) {
                rows.add(instruction);
            }
            return rows.size() < count;
        });
        return rows;
    }

    /** The same for bytes in memory. */
    public static List<PickleInstruction> page(PickleWalker walker, byte[] data, long first, int count) {
        if (count <= 0) {
            return List.of();
        }
        List<PickleInstruction> rows = new ArrayList<>(Math.min(count, 1024));
        walker.walk(data, instruction -> {
            if (instruction.index() >= first) {
                rows.add(instruction);
            }
            return rows.size() < count;
        });
        return rows;
    }
}
