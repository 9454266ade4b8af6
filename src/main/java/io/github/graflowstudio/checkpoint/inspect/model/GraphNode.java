package io.github.graflowstudio.checkpoint.inspect.model;

import java.util.Objects;

/**
 * A node of a workflow graph as far as checkpoint checks need it: id, task kind and config.
 * Used for the graph stored in a studio context file and for the workflow open in the editor.
 * Immutable and thread-safe.
 *
 * @param id     the task id
 * @param kind   the task kind, or {@code null} when not known
 * @param config the task's config, or {@code null} when not known
 */
public record GraphNode(String id, String kind, JsonValue config) {
    /** Checks the id. */
    public GraphNode {
        Objects.requireNonNull(id, "id");
    }
}
