package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graflowstudio.checkpoint.CheckpointLoadException;
import io.github.graflowstudio.checkpoint.CheckpointPaths;
import io.github.graflowstudio.checkpoint.store.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a studio set for resuming and cross-checks its three files (session, steps, start node,
 * format version). Falls back to the {@code .prev} set when the main one is incomplete or mixed
 * (a crash during an overwrite). The files are streamed ({@link JsonScanner}): the queue and the
 * graph go straight into entries and decoded nodes, only the small members become JSON trees.
 * Thread-safe (stateless).
 */
public final class StudioSetLoader {

    /**
     * Loads the set at {@code base}.
     *
     * @throws CheckpointLoadException naming the file and the problem
     */
    public LoadedSet load(Path base) {
        try {
            return loadFiles(base, CheckpointPaths.file(base, CheckpointPaths.CONTEXT),
                    CheckpointPaths.file(base, CheckpointPaths.STATE), CheckpointPaths.file(base, CheckpointPaths.META),
                    false, null);
        } catch (CheckpointLoadException mainProblem) {
            Path meta = AtomicFiles.previousOf(CheckpointPaths.file(base, CheckpointPaths.META));
            if (!Files.exists(meta)) {
                throw mainProblem;
            }
            try {
                return loadFiles(base, AtomicFiles.previousOf(CheckpointPaths.file(base, CheckpointPaths.CONTEXT)),
                        AtomicFiles.previousOf(CheckpointPaths.file(base, CheckpointPaths.STATE)), meta, true,
                        "the newest set was incomplete (" + mainProblem.getMessage() + "); resumed from the previous set");
            } catch (CheckpointLoadException backupProblem) {
                throw mainProblem;
            }
        }
    }

    private LoadedSet loadFiles(Path base, Path contextFile, Path stateFile, Path metaFile, boolean backup, String note) {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        JsonFileReading.read(metaFile, "meta", (name, scanner) -> meta.set(name, JsonTreeReader.read(scanner)));
        checkVersion(metaFile, meta);
        StateFileReader state = new StateFileReader(stateFile).read();
        checkVersion(stateFile, state.fields());
        ContextFileReader context = new ContextFileReader(contextFile).read();
        checkVersion(contextFile, context.fields());
        crossCheck(base, "session_id", meta, state.fields(), context.fields());
        crossCheck(base, "steps", meta, state.fields(), context.fields());
        crossCheck(base, "start_node", meta, state.fields(), context.fields());
        return new LoadedSet(base, meta, state.fields(), state.completed(), state.pending(), context.fields(),
                context.nodes(), context.edges(), backup, note);
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
