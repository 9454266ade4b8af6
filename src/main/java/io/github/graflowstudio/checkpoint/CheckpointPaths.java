package io.github.graflowstudio.checkpoint;

import java.nio.file.Path;
import java.util.List;

/**
 * Names of the files of a checkpoint set and the automatic path rule. Stateless and thread-safe.
 */
public final class CheckpointPaths {
    /** Our context file suffix. */
    public static final String CONTEXT = ".context.json";
    /** The state file suffix. */
    public static final String STATE = ".state.json";
    /** The meta file suffix. */
    public static final String META = ".meta.json";
    /** Graflow's pickle suffix. */
    public static final String PICKLE = ".pkl";

    private static final List<String> SUFFIXES = List.of(CONTEXT, STATE, META, PICKLE);

    private CheckpointPaths() {
    }

    /** The base of a set given any of its files or the base itself (one known suffix stripped). */
    public static Path baseOf(Path path) {
        String name = path.getFileName().toString();
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return path.resolveSibling(name.substring(0, name.length() - suffix.length()));
            }
        }
        return path;
    }

    /** {@code <base><suffix>}. */
    public static Path file(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    /** Graflow's automatic base: {@code <root>/<session>/session_<session>_step_<steps>_<unix>}. */
    public static Path automatic(Path root, String sessionId, int steps, long unixSeconds) {
        return root.resolve(sessionId).resolve("session_" + sessionId + "_step_" + steps + "_" + unixSeconds);
    }
}
