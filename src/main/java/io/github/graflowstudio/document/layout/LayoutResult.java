package io.github.graflowstudio.document.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an auto-layout run, in world coordinates: the new bounds of every node (its
 * top-left corner is the new position; the size is the requested one), the bounds of every group,
 * the routes of the edges that were laid out, and notes about input that was ignored (unknown edge
 * ends, repeated ids, invalid group members). Maps keep the order of the request. Immutable and
 * thread-safe.
 *
 * @param nodeBounds    the placed nodes by id
 * @param groupBounds   the placed groups by id
 * @param edgeRoutes    routes of the edges that were laid out, ordered by edge index
 * @param notes         human-readable notes about ignored input, empty if all input was used
 * @param drawingBounds the rectangle around all nodes, groups and routes; its top-left corner is
 *                      at ({@link LayoutOptions#margin()}, {@link LayoutOptions#margin()}), also
 *                      for an empty drawing (then of size zero)
 */
public record LayoutResult(Map<String, LayoutBounds> nodeBounds, Map<String, LayoutBounds> groupBounds,
                           List<LayoutEdgeRoute> edgeRoutes, List<String> notes, LayoutBounds drawingBounds) {

    /** Checks the arguments and copies the collections (keeping their order). */
    public LayoutResult {
        nodeBounds = Collections.unmodifiableMap(new LinkedHashMap<>(nodeBounds));
        groupBounds = Collections.unmodifiableMap(new LinkedHashMap<>(groupBounds));
        edgeRoutes = List.copyOf(edgeRoutes);
        notes = List.copyOf(notes);
        Objects.requireNonNull(drawingBounds, "drawingBounds");
    }

    /** The new top-left corner of a node, if the node was laid out. */
    public Optional<LayoutPoint> nodePosition(String nodeId) {
        return Optional.ofNullable(nodeBounds.get(nodeId)).map(LayoutBounds::topLeft);
    }

    /** The route of the edge with the given index in the request, if it was laid out. */
    public Optional<LayoutEdgeRoute> edgeRoute(int edgeIndex) {
        for (LayoutEdgeRoute route : edgeRoutes) {
            if (route.edgeIndex() == edgeIndex) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }
}
