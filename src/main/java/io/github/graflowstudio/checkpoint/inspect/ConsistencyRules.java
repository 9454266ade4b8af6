package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.ContextSummary;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.MetaSummary;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import java.util.Map;
import java.util.Objects;

/**
 * Checks between the files of a set and of their top-level fields: session, steps and start node
 * agreement, backend, checkpoint id, schema and format versions, branch checkpoints, feedback
 * checkpoints, and field types. Stateless and thread-safe.
 */
final class ConsistencyRules {
    /** The newest studio {@code formatVersion} this build reads. */
    static final long KNOWN_FORMAT_VERSION = 1;

    private ConsistencyRules() {
    }

    static void check(CheckpointFormat format, StateSummary state, MetaSummary meta, ContextSummary context,
                      FlagCollector flags) {
        if (state != null) {
            FieldTypes.checkState(state.fields(), flags);
        }
        if (meta != null) {
            FieldTypes.checkMeta(meta.fields(), flags);
        }
        if (state != null && meta != null) {
            compare("meta.json", state.fields(), meta.fields(), flags);
            JsonValue stateBackend = state.backend();
            JsonValue metaBackend = meta.backend();
            if (stateBackend != null && metaBackend != null && !JsonValue.equivalent(stateBackend, metaBackend)) {
                flags.add(FlagCode.BACKEND_MISMATCH, "state.json backend " + stateBackend.toShortJson()
                        + " differs from meta.json backend " + metaBackend.toShortJson());
            }
        }
        if (state != null && context != null) {
            compare("context.json", state.fields(), context.fields(), flags);
        }
        if (meta != null) {
            checkpointId(state, meta, flags);
            feedback(meta, flags);
        }
        if (state != null) {
            schemaVersion(state, flags);
            branch(state, flags);
        }
        if (format == CheckpointFormat.STUDIO) {
            formatVersion("state.json", state == null ? null : state.formatVersion(), flags);
            formatVersion("meta.json", meta == null ? null : meta.formatVersion(), flags);
            formatVersion("context.json", context == null ? null : context.formatVersion(), flags);
        }
    }

    /** SESSION/STEPS/START_NODE_MISMATCH between the state and another file holding the same keys. */
    private static void compare(String other, Map<String, JsonValue> state, Map<String, JsonValue> fields,
                                FlagCollector flags) {
        mismatch(FlagCode.SESSION_MISMATCH, "session_id", other, state, fields, flags);
        mismatch(FlagCode.STEPS_MISMATCH, "steps", other, state, fields, flags);
        mismatch(FlagCode.START_NODE_MISMATCH, "start_node", other, state, fields, flags);
    }

    private static void mismatch(FlagCode code, String key, String other, Map<String, JsonValue> state,
                                 Map<String, JsonValue> fields, FlagCollector flags) {
        JsonValue left = state.get(key);
        JsonValue right = fields.get(key);
        if (left != null && right != null && !JsonValue.equivalent(left, right)) {
            flags.add(InspectionFlag.atPath(code, "state.json " + key + " " + left.toShortJson() + " but " + other
                    + " " + key + " " + right.toShortJson(), "$." + key));
        }
    }

    private static void checkpointId(StateSummary state, MetaSummary meta, FlagCollector flags) {
        String id = meta.checkpointId();
        JsonValue session = meta.fields().get("session_id") != null ? meta.fields().get("session_id")
                : state == null ? null : state.fields().get("session_id");
        JsonValue steps = meta.fields().get("steps") != null ? meta.fields().get("steps")
                : state == null ? null : state.fields().get("steps");
        if (id == null || session == null || session.asText() == null || !(steps instanceof JsonValue.NumberValue)) {
            return;
        }
        String prefix = session.asText() + "_" + ((JsonValue.NumberValue) steps).literal() + "_";
        if (!id.startsWith(prefix)) {
            flags.add(InspectionFlag.atPath(FlagCode.CHECKPOINT_ID_INCONSISTENT, "meta.json checkpoint_id "
                    + Messages.id(id) + " does not start with " + Messages.id(prefix), "$.checkpoint_id"));
        }
    }

    private static void feedback(MetaSummary meta, FlagCollector flags) {
        JsonValue metadata = meta.userMetadata();
        JsonValue reason = metadata == null ? null : metadata.get("reason");
        if (reason != null && "feedback_timeout".equals(reason.asText())) {
            JsonValue task = metadata.get("task_id");
            String taskId = task == null ? null : task.asText();
            flags.add(new InspectionFlag(FlagCode.FEEDBACK_PENDING, "the run stopped waiting for feedback"
                    + (taskId == null ? "" : " in " + Messages.id(taskId)), taskId, FlagCode.FEEDBACK_PENDING.hint(),
                    "$.user_metadata.reason", -1));
        }
    }

    private static void schemaVersion(StateSummary state, FlagCollector flags) {
        JsonValue version = state.fields().get("schema_version");
        if (version == null || !"1.0".equals(version.asText())) {
            flags.add(InspectionFlag.atPath(FlagCode.SCHEMA_VERSION_UNKNOWN, "state.json schema_version is "
                    + (version == null ? "absent" : version.toShortJson()) + ", not \"1.0\"", "$.schema_version"));
        }
    }

    private static void formatVersion(String file, JsonValue version, FlagCollector flags) {
        if (version == null) {
            return;
        }
        Long number = version instanceof JsonValue.NumberValue value ? value.toLong() : null;
        if (number == null || number < 1 || number > KNOWN_FORMAT_VERSION) {
            flags.add(InspectionFlag.atPath(FlagCode.SCHEMA_VERSION_UNKNOWN, file + " formatVersion "
                    + version.toShortJson() + " is not one this build reads (1 to " + KNOWN_FORMAT_VERSION + ")",
                    "$.formatVersion"));
        }
    }

    private static void branch(StateSummary state, FlagCollector flags) {
        String trace = state.traceId();
        if (trace != null && !Objects.equals(trace, state.sessionId())) {
            flags.add(InspectionFlag.atPath(FlagCode.BRANCH_CONTEXT_CHECKPOINT, "trace_id " + Messages.id(trace)
                    + " differs from session_id " + Messages.id(state.sessionId())
                    + ": taken inside a parallel-group branch", "$.trace_id"));
        }
    }
}
