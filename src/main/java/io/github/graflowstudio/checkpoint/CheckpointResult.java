package io.github.graflowstudio.checkpoint;

import java.nio.file.Path;
import java.util.List;

/**
 * A written checkpoint set. Immutable.
 *
 * @param base         the set's base path
 * @param checkpointId {@code <session>_<steps>_<unix>}
 * @param problems     what could not be serialised (recorded in the set, the write succeeded)
 */
public record CheckpointResult(Path base, String checkpointId, List<WriteProblem> problems) {
    /** Copies the problems. */
    public CheckpointResult {
        problems = List.copyOf(problems);
    }
}
