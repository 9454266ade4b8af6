package io.github.graflowstudio.checkpoint.inspect.model;

import java.util.List;
import java.util.Map;

/**
 * What {@code <base>.state.json} says, apart from the pending entries: every top-level member
 * exactly as written (except the two big lists), the completed ids in file order and the number
 * of pending entries. Immutable and thread-safe.
 *
 * @param fields         top-level members except {@code pending_tasks} and {@code completed_tasks}
 * @param completedTasks the completed ids that are strings, in file order
 * @param pendingCount   the number of pending entries
 */
public record StateSummary(Map<String, JsonValue> fields, List<String> completedTasks, int pendingCount) {

    /** Copies the values. */
    public StateSummary {
        fields = Fields.copy(fields);
        completedTasks = List.copyOf(completedTasks);
    }

    /** {@code schema_version}, or {@code null} when absent or not a string. */
    public String schemaVersion() {
        return Fields.text(fields, "schema_version");
    }

    /** {@code formatVersion} as written (studio sets), or {@code null} when absent. */
    public JsonValue formatVersion() {
        return fields.get("formatVersion");
    }

    /** {@code session_id}, or {@code null}. */
    public String sessionId() {
        return Fields.text(fields, "session_id");
    }

    /** {@code trace_id}, or {@code null} (the legacy format has none). */
    public String traceId() {
        return Fields.text(fields, "trace_id");
    }

    /** {@code start_node}, or {@code null}. */
    public String startNode() {
        return Fields.text(fields, "start_node");
    }

    /** {@code steps} when an integer in the 64-bit range, else {@code null} (see {@link #fields()}). */
    public Long steps() {
        return Fields.integer(fields, "steps");
    }

    /** {@code cycle_counts} (values as written), or an empty map. */
    public Map<String, JsonValue> cycleCounts() {
        return Fields.object(fields, "cycle_counts");
    }

    /** {@code backend}, or {@code null}. */
    public JsonValue backend() {
        return fields.get("backend");
    }

    /** {@code resuming_task_id}, or {@code null}. */
    public String resumingTaskId() {
        return Fields.text(fields, "resuming_task_id");
    }

    /** The legacy {@code resume_from_current_task} flag ({@code false} when absent). */
    public boolean resumeFromCurrentTask() {
        return fields.get("resume_from_current_task") instanceof JsonValue.BooleanValue bool && bool.value();
    }
}
