package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.engine.TaskBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code checkpoint}: requests a checkpoint through {@code TaskContext.checkpoint}. Deferred (the
 * default): written after this task completes and its successors are queued; the run must have a
 * checkpoint writer, or the engine fails the run after this task. Immediate: written at once,
 * and resume re-runs this node first (so it checkpoints again, as in Graflow); when the run has
 * no checkpoint writer, the immediate request is skipped. Result {@code null}.
 *
 * <p>Immutable and thread-safe. Not cycle-guarded: resuming from an immediate checkpoint counts
 * the node's run again.
 */
final class CheckpointKind extends BaseKind {
    private static final System.Logger LOG = System.getLogger(CheckpointKind.class.getName());

    CheckpointKind() {
        super("checkpoint", "Saves a checkpoint of the run so it can be resumed later.", List.of(
                ConfigField.optional("immediate", FieldType.BOOLEAN, false,
                        "Write now (resume re-runs this node) instead of after this node completes. An "
                                + "immediate request is skipped when the run writes no checkpoints; a deferred "
                                + "one then fails the run."),
                ConfigField.optional("path", FieldType.STRING, null,
                        "Base path of the checkpoint files (default: checkpoints/<session>/...)."),
                ConfigField.optional("metadata", FieldType.OBJECT, null,
                        "User metadata stored with the checkpoint.")));
    }

    @Override
    protected void checkValues(ConfigValues config, List<ConfigProblem> problems) {
        String path = config.string("path");
        if (path != null && path.isBlank()) {
            problems.add(ConfigProblem.error("path", "field 'path' must not be blank"));
        }
    }

    @Override
    protected TaskBody body(ConfigValues config) {
        boolean immediate = config.bool("immediate");
        String path = config.string("path");
        Map<String, Object> metadata = config.object("metadata");
        return context -> {
            Map<String, Object> copy = new LinkedHashMap<>(metadata);
            if (!immediate) {
                context.checkpoint(copy, path, true);
                return null;
            }
            try {
                context.checkpoint(copy, path, false);
            } catch (IllegalStateException noWriter) {
                // The engine throws IllegalStateException only when the run has no checkpoint writer.
                LOG.log(System.Logger.Level.INFO, "checkpoint node ''{0}'' skipped: {1}", context.taskId(),
                        noWriter.getMessage());
            }
            return null;
        };
    }

    @Override
    public boolean enforcesMaxCycles() {
        return false;
    }
}
