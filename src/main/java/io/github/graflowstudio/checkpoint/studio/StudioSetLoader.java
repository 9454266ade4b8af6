package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graflowstudio.checkpoint.CheckpointLoadException;
import io.github.graflowstudio.checkpoint.CheckpointPaths;
import io.github.graflowstudio.checkpoint.store.AtomicFiles;
import io.github.graflowstudio.checkpoint.store.BackgroundWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a studio set for resuming and cross-checks its three files (session, steps, start node,
 * format version). Falls back to the {@code .prev} set when the main one is incomplete or mixed
 * (a crash during an overwrite). The files are streamed ({@link JsonScanner}): the queue and the
 * graph go straight into entries and decoded nodes, only the small members become JSON trees.
 *
 * <p>The state file is read on a thread of its own while the calling thread reads the context file
 * and, with {@link #load(Path, Function)}, prepares what it needs from the stored graph (the
 * resumed run's task graph): the two are the bulk of a resume.
 *
 * <p>Thread-safe (stateless).
 */
public final class StudioSetLoader {

    /**
     * A loaded set and what the caller prepared from its graph.
     *
     * @param set      the set
     * @param prepared what the preparation returned for this set
     * @param <T>      the prepared value
     */
    public record Loaded<T>(LoadedSet set, T prepared) {
    }

    /**
     * Loads the set at {@code base}.
     *
     * @throws CheckpointLoadException naming the file and the problem
     */
    public LoadedSet load(Path base) {
        return load(base, graph -> null).set();
    }

    /**
     * Loads the set at {@code base}, running {@code prepare} on the calling thread with the stored
     * graph while the state file is still being read. When the set turns out to be incomplete or
     * mixed, the preparation is dropped and made again for the {@code .prev} set; when it fails
     * for a complete set, its exception is thrown as it is.
     *
     * @throws CheckpointLoadException naming the file and the problem
     */
    public <T> Loaded<T> load(Path base, Function<LoadedSet.StoredGraph, T> prepare) {
        try {
            return loadWithBackup(base, prepare);
        } catch (PreparationFailed failed) {
            throw failed.problem;
        }
    }

    private <T> Loaded<T> loadWithBackup(Path base, Function<LoadedSet.StoredGraph, T> prepare) {
        try {
            return loadFiles(base, CheckpointPaths.file(base, CheckpointPaths.CONTEXT),
                    CheckpointPaths.file(base, CheckpointPaths.STATE), CheckpointPaths.file(base, CheckpointPaths.META),
                    false, null, prepare);
        } catch (CheckpointLoadException mainProblem) {
            Path meta = AtomicFiles.previousOf(CheckpointPaths.file(base, CheckpointPaths.META));
            if (!Files.exists(meta)) {
                throw mainProblem;
            }
            try {
                return loadFiles(base, AtomicFiles.previousOf(CheckpointPaths.file(base, CheckpointPaths.CONTEXT)),
                        AtomicFiles.previousOf(CheckpointPaths.file(base, CheckpointPaths.STATE)), meta, true,
                        "the newest set was incomplete (" + mainProblem.getMessage() + "); resumed from the previous set",
                        prepare);
            } catch (CheckpointLoadException backupProblem) {
                throw mainProblem;
            }
        }
    }

    private <T> Loaded<T> loadFiles(Path base, Path contextFile, Path stateFile, Path metaFile, boolean backup,
                                    String note, Function<LoadedSet.StoredGraph, T> prepare) {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        JsonFileReading.read(metaFile, "meta", (name, scanner) -> meta.set(name, JsonTreeReader.read(scanner)));
        checkVersion(metaFile, meta);
        BackgroundWork<StateFileReader, RuntimeException> stateRead = BackgroundWork.start("checkpoint-read-state",
                () -> new StateFileReader(stateFile).read());
        ContextFileReader context;
        T prepared = null;
        RuntimeException preparationFailure = null;
        try {
            context = new ContextFileReader(contextFile).read();
            checkVersion(contextFile, context.fields());
            try {
                prepared = prepare.apply(context.graph());
            } catch (RuntimeException e) {
                preparationFailure = e; // thrown only once the set is known to be complete and consistent
            }
        } finally {
            stateRead.join(); // the read never outlives the load
        }
        StateFileReader state = stateRead.result();
        checkVersion(stateFile, state.fields());
        crossCheck(base, "session_id", meta, state.fields(), context.fields());
        crossCheck(base, "steps", meta, state.fields(), context.fields());
        crossCheck(base, "start_node", meta, state.fields(), context.fields());
        if (preparationFailure != null) {
            throw new PreparationFailed(preparationFailure);
        }
        LoadedSet set = new LoadedSet(base, meta, state.fields(), state.completed(), state.pending(),
                context.fields(), context.graph(), backup, note);
        return new Loaded<>(set, prepared);
    }

    /** A failed preparation for a complete set: passed through the fallback to the caller. */
    private static final class PreparationFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException problem;

        PreparationFailed(RuntimeException problem) {
            super(problem.getMessage(), problem, false, false);
            this.problem = problem;
        }
    }

    private void checkVersion(Path file, JsonNode json) {
        JsonNode version = json.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new CheckpointLoadException(file + ": no formatVersion; this is not a Graflow Studio checkpoint "
                    + "(Python Graflow sets can be inspected, not resumed)");
        }
        if (version.intValue() > StudioSetWriter.FORMAT_VERSION) {
            throw new CheckpointLoadException(file + ": formatVersion " + version.intValue()
                    + " is newer than this build understands (" + StudioSetWriter.FORMAT_VERSION + ")");
        }
    }

    private void crossCheck(Path base, String field, JsonNode meta, JsonNode state, JsonNode context) {
        JsonNode inMeta = meta.path(field);
        JsonNode inState = state.path(field);
        JsonNode inContext = context.path(field);
        if (!Objects.equals(inMeta, inState) || !Objects.equals(inState, inContext)) {
            throw new CheckpointLoadException("Checkpoint set " + base + " is mixed: " + field + " is " + inMeta
                    + " in meta, " + inState + " in state and " + inContext + " in context");
        }
    }
}
