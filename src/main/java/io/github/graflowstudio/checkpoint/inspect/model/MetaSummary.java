package io.github.graflowstudio.checkpoint.inspect.model;

import java.util.Map;

/**
 * What {@code <base>.meta.json} says: every top-level member exactly as written, with typed
 * reads of the known ones. {@code user_metadata} is a free-form {@link JsonValue} tree.
 * Immutable and thread-safe.
 *
 * @param fields the top-level members in file order
 */
public record MetaSummary(Map<String, JsonValue> fields) {

    /** Copies the members. */
    public MetaSummary {
        fields = Fields.copy(fields);
    }

    /** {@code checkpoint_id}, or {@code null}. */
    public String checkpointId() {
        return Fields.text(fields, "checkpoint_id");
    }

    /** {@code session_id}, or {@code null}. */
    public String sessionId() {
        return Fields.text(fields, "session_id");
    }

    /** {@code created_at} (ISO-8601 text), or {@code null}. */
    public String createdAt() {
        return Fields.text(fields, "created_at");
    }

    /** {@code steps} when an integer in the 64-bit range, else {@code null}. */
    public Long steps() {
        return Fields.integer(fields, "steps");
    }

    /** {@code start_node}, or {@code null}. */
    public String startNode() {
        return Fields.text(fields, "start_node");
    }

    /** {@code backend}, or {@code null}. */
    public JsonValue backend() {
        return fields.get("backend");
    }

    /** {@code user_metadata} as written, or {@code null} when absent. */
    public JsonValue userMetadata() {
        return fields.get("user_metadata");
    }

    /** {@code formatVersion} (studio sets), or {@code null}. */
    public JsonValue formatVersion() {
        return fields.get("formatVersion");
    }
}
