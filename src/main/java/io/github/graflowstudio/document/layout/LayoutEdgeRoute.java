package io.github.graflowstudio.document.layout;

import java.util.List;
import java.util.Objects;

/**
 * The path the auto-layout chose for one edge, as a polyline in world coordinates: from
 * {@code start} on the source's border through the bend points to {@code end} on the target's
 * border. Callers that draw their own curves may ignore it. Immutable and thread-safe.
 *
 * @param edgeIndex  index of the edge in {@link LayoutRequest#edges()}
 * @param from       id of the edge's source
 * @param to         id of the edge's target
 * @param start      where the path leaves the source
 * @param bendPoints the corners between start and end, in order (possibly none)
 * @param end        where the path reaches the target
 */
public record LayoutEdgeRoute(int edgeIndex, String from, String to, LayoutPoint start, List<LayoutPoint> bendPoints,
                              LayoutPoint end) {

    /** Checks the arguments and copies the bend points. */
    public LayoutEdgeRoute {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        bendPoints = List.copyOf(bendPoints);
    }

    /** This route moved by the given offsets. */
    public LayoutEdgeRoute translate(double deltaX, double deltaY) {
        return new LayoutEdgeRoute(edgeIndex, from, to, start.translate(deltaX, deltaY),
                bendPoints.stream().map(point -> point.translate(deltaX, deltaY)).toList(),
                end.translate(deltaX, deltaY));
    }
}
