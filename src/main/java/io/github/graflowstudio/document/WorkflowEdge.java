package io.github.graflowstudio.document;

import java.util.Map;
import java.util.Set;

/**
 * An edge {@code from -> to} between nodes or groups: when {@code from} completes (without a
 * jump), {@code to} is queued. Immutable and thread-safe.
 *
 * @param from  source node or group id
 * @param to    target node or group id
 * @param extra unknown fields, kept on save
 */
public record WorkflowEdge(String from, String to, Map<String, Object> extra) {
    /** The JSON field names this record models. */
    public static final Set<String> FIELDS = Set.of("from", "to");

    /** Checks for nulls and freezes the extra fields. */
    public WorkflowEdge {
        ModelChecks.required(from, "edge from");
        ModelChecks.required(to, "edge to");
        extra = ModelChecks.extra(extra, FIELDS, "edge " + from + " -> " + to);
    }

    /** An edge without extra fields. */
    public static WorkflowEdge of(String from, String to) {
        return new WorkflowEdge(from, to, Map.of());
    }

    /** Whether this edge connects {@code from} to {@code to}. */
    public boolean connects(String fromId, String toId) {
        return from.equals(fromId) && to.equals(toId);
    }

    /** Whether either end is {@code id}. */
    public boolean touches(String id) {
        return from.equals(id) || to.equals(id);
    }

    /** A copy with every end equal to {@code oldId} renamed. */
    public WorkflowEdge renamed(String oldId, String newId) {
        return new WorkflowEdge(from.equals(oldId) ? newId : from, to.equals(oldId) ? newId : to, extra);
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
