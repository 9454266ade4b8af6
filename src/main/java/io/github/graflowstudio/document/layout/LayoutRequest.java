package io.github.graflowstudio.document.layout;

import java.util.List;
import java.util.Objects;

/**
 * Everything an auto-layout run needs: the nodes, the edges, the groups and the options.
 * Immutable and thread-safe (the lists are copied).
 *
 * @param nodes   the nodes to place; ids should be unique (a repeated id is ignored with a note)
 * @param edges   the edges to route, in order; results refer to them by index
 * @param groups  the groups to draw as boxes around their members
 * @param options direction and spacing
 */
public record LayoutRequest(List<LayoutNode> nodes, List<LayoutEdge> edges, List<LayoutGroup> groups,
                            LayoutOptions options) {

    /** Checks the arguments and copies the lists. */
    public LayoutRequest {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        groups = List.copyOf(groups);
        Objects.requireNonNull(options, "options");
    }

    /** A request with {@link LayoutOptions#defaults() default options}. */
    public LayoutRequest(List<LayoutNode> nodes, List<LayoutEdge> edges, List<LayoutGroup> groups) {
        this(nodes, edges, groups, LayoutOptions.defaults());
    }

    /** A copy with other options. */
    public LayoutRequest withOptions(LayoutOptions newOptions) {
        return new LayoutRequest(nodes, edges, groups, newOptions);
    }
}
