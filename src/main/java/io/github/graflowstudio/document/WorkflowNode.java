package io.github.graflowstudio.document;

import io.github.graflowstudio.document.values.JsonValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A task node: its id, its kind (a name in the kind registry, e.g. {@code expr}) with the kind's
 * config, its position on the canvas, its options and a note. Immutable and thread-safe; the
 * config and extra maps are deep-frozen copies.
 *
 * @param id           the node id (unique among nodes and groups; the validator reports blanks)
 * @param kind         the task kind
 * @param config       the kind's config (a JSON object)
 * @param x            canvas x
 * @param y            canvas y
 * @param maxRetries   retries after the first attempt, or {@code null} for the run's default
 * @param retryBackoff backoff between retries, or {@code null} for none
 * @param maxCycles    how many times the node may run in one run, or {@code null} for the
 *                     engine's default iteration limit
 * @param note         a free-text note, or {@code null}
 * @param extra        unknown fields, kept on save
 */
public record WorkflowNode(String id, String kind, Map<String, Object> config, double x, double y,
                           Integer maxRetries, RetryBackoff retryBackoff, Integer maxCycles, String note,
                           Map<String, Object> extra) {
    /** The JSON field names this record models. */
    public static final Set<String> FIELDS = Set.of("id", "kind", "config", "x", "y", "maxRetries",
            "retryBackoff", "maxCycles", "note");

    /** Checks for nulls and freezes the maps. */
    public WorkflowNode {
        ModelChecks.required(id, "node id");
        ModelChecks.required(kind, "node kind");
        config = JsonValues.freezeObject(config);
        ModelChecks.coordinate(x, "node x");
        ModelChecks.coordinate(y, "node y");
        extra = ModelChecks.extra(extra, FIELDS, "node '" + id + "'");
    }

    /** A node at (0, 0) without options. */
    public static WorkflowNode of(String id, String kind, Map<String, ?> config) {
        return of(id, kind, config, 0, 0);
    }

    /** A node at a position without options. */
    public static WorkflowNode of(String id, String kind, Map<String, ?> config, double x, double y) {
        return new WorkflowNode(id, kind, config == null ? Map.of() : new LinkedHashMap<>(config), x, y,
                null, null, null, null, Map.of());
    }

    /** A copy with another id (references elsewhere are not changed: see {@link WorkflowDocument#renameNode}). */
    public WorkflowNode withId(String newId) {
        return new WorkflowNode(newId, kind, config, x, y, maxRetries, retryBackoff, maxCycles, note, extra);
    }

    /** A copy with another kind. */
    public WorkflowNode withKind(String newKind) {
        return new WorkflowNode(id, newKind, config, x, y, maxRetries, retryBackoff, maxCycles, note, extra);
    }

    /** A copy with another config. */
    public WorkflowNode withConfig(Map<String, ?> newConfig) {
        return new WorkflowNode(id, kind, newConfig == null ? Map.of() : new LinkedHashMap<>(newConfig), x, y,
                maxRetries, retryBackoff, maxCycles, note, extra);
    }

    /** A copy with one config field set ({@code null} value: the field is removed). */
    public WorkflowNode withConfigValue(String field, Object value) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>(config);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return withConfig(copy);
    }

    /** A copy at another position. */
    public WorkflowNode withPosition(double newX, double newY) {
        return new WorkflowNode(id, kind, config, newX, newY, maxRetries, retryBackoff, maxCycles, note, extra);
    }

    /** A copy with another retry count ({@code null}: the run's default). */
    public WorkflowNode withMaxRetries(Integer retries) {
        return new WorkflowNode(id, kind, config, x, y, retries, retryBackoff, maxCycles, note, extra);
    }

    /** A copy with another backoff ({@code null}: none). */
    public WorkflowNode withRetryBackoff(RetryBackoff backoff) {
        return new WorkflowNode(id, kind, config, x, y, maxRetries, backoff, maxCycles, note, extra);
    }

    /** A copy with another cycle limit ({@code null}: the engine's default). */
    public WorkflowNode withMaxCycles(Integer cycles) {
        return new WorkflowNode(id, kind, config, x, y, maxRetries, retryBackoff, cycles, note, extra);
    }

    /** A copy with another note ({@code null}: none). */
    public WorkflowNode withNote(String newNote) {
        return new WorkflowNode(id, kind, config, x, y, maxRetries, retryBackoff, maxCycles, newNote, extra);
    }

    /** A copy with other extra fields. */
    public WorkflowNode withExtra(Map<String, Object> newExtra) {
        return new WorkflowNode(id, kind, config, x, y, maxRetries, retryBackoff, maxCycles, note, newExtra);
    }
}
