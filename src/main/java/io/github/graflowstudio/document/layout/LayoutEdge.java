package io.github.graflowstudio.document.layout;

import java.util.Objects;

/**
 * A directed edge to be routed by the auto-layout. Either end may name a node or a group; the
 * graph may contain cycles, self-loops and parallel edges. An edge whose end names nothing known
 * is left out of the layout with a note in the result. Immutable and thread-safe.
 *
 * @param from id of the source node or group
 * @param to   id of the target node or group
 */
public record LayoutEdge(String from, String to) {

    /** Checks the arguments. */
    public LayoutEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Whether both ends are the same element. */
    public boolean isSelfLoop() {
        return from.equals(to);
    }
}
