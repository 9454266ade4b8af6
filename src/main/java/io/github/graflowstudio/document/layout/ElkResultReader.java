package io.github.graflowstudio.document.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;

/**
 * Reads a laid out ELK graph back into a {@link LayoutResult}: converts ELK's coordinates (each
 * relative to its parent, edge points relative to the edge's containing node) into world
 * coordinates, then moves the whole drawing so that its top-left corner is at the margin.
 * Stateless; thread-safe.
 */
final class ElkResultReader {
    private ElkResultReader() {
    }

    /** The result of a completed ELK run. */
    static LayoutResult read(ElkLayoutGraph graph, LayoutOptions options, List<String> notes) {
        WorldPositions world = new WorldPositions(graph.root());
        Map<String, LayoutBounds> nodes = new LinkedHashMap<>();
        graph.nodeShapes().forEach((id, shape) -> nodes.put(id, world.boundsOf(shape)));
        Map<String, LayoutBounds> groups = new LinkedHashMap<>();
        graph.groupShapes().forEach((id, shape) -> groups.put(id, world.boundsOf(shape)));
        List<LayoutEdgeRoute> routes = new ArrayList<>();
        for (ElkLayoutGraph.IndexedEdge edge : graph.edges()) {
            LayoutEdgeRoute route = routeOf(edge, world);
            if (route != null) {
                routes.add(route);
            }
        }

        LayoutBounds drawing = drawingBounds(nodes, groups, routes);
        if (drawing == null) {
            return new LayoutResult(nodes, groups, routes, notes,
                    new LayoutBounds(options.margin(), options.margin(), 0, 0));
        }
        double deltaX = options.margin() - drawing.x();
        double deltaY = options.margin() - drawing.y();
        nodes.replaceAll((id, bounds) -> bounds.translate(deltaX, deltaY));
        groups.replaceAll((id, bounds) -> bounds.translate(deltaX, deltaY));
        routes.replaceAll(route -> route.translate(deltaX, deltaY));
        return new LayoutResult(nodes, groups, routes, notes, drawing.translate(deltaX, deltaY));
    }

    private static LayoutEdgeRoute routeOf(ElkLayoutGraph.IndexedEdge edge, WorldPositions world) {
        List<ElkEdgeSection> sections = edge.shape().getSections();
        if (sections.isEmpty()) {
            return null;
        }
        LayoutPoint offset = world.originOf(edge.shape().getContainingNode());
        List<LayoutPoint> points = new ArrayList<>();
        for (ElkEdgeSection section : sections) {
            addDistinct(points, offset.translate(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                addDistinct(points, offset.translate(bend.getX(), bend.getY()));
            }
            addDistinct(points, offset.translate(section.getEndX(), section.getEndY()));
        }
        LayoutPoint start = points.get(0);
        LayoutPoint end = points.size() > 1 ? points.get(points.size() - 1) : start;
        List<LayoutPoint> bends = points.size() > 2 ? points.subList(1, points.size() - 1) : List.of();
        return new LayoutEdgeRoute(edge.index(), edge.request().from(), edge.request().to(), start, bends, end);
    }

    private static void addDistinct(List<LayoutPoint> points, LayoutPoint point) {
        if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
            points.add(point);
        }
    }

    private static LayoutBounds drawingBounds(Map<String, LayoutBounds> nodes, Map<String, LayoutBounds> groups,
                                              List<LayoutEdgeRoute> routes) {
        LayoutBounds drawing = null;
        for (LayoutBounds bounds : nodes.values()) {
            drawing = drawing == null ? bounds : drawing.union(bounds);
        }
        for (LayoutBounds bounds : groups.values()) {
            drawing = drawing == null ? bounds : drawing.union(bounds);
        }
        for (LayoutEdgeRoute route : routes) {
            List<LayoutPoint> points = new ArrayList<>(route.bendPoints());
            points.add(route.start());
            points.add(route.end());
            for (LayoutPoint point : points) {
                LayoutBounds dot = new LayoutBounds(point.x(), point.y(), 0, 0);
                drawing = drawing == null ? dot : drawing.union(dot);
            }
        }
        return drawing;
    }

    /** World coordinates of ELK shapes: the sum of the positions of the shape and its ancestors. */
    private static final class WorldPositions {
        private final ElkNode root;
        private final Map<ElkNode, LayoutPoint> origins = new IdentityHashMap<>();

        WorldPositions(ElkNode root) {
            this.root = root;
        }

        /** Where the node's own coordinate system starts (its top-left corner; the origin for the root). */
        LayoutPoint originOf(ElkNode node) {
            if (node == null || node == root) {
                return new LayoutPoint(0, 0);
            }
            LayoutPoint known = origins.get(node);
            if (known == null) {
                known = originOf(node.getParent()).translate(node.getX(), node.getY());
                origins.put(node, known);
            }
            return known;
        }

        LayoutBounds boundsOf(ElkNode node) {
            LayoutPoint origin = originOf(node);
            return new LayoutBounds(origin.x(), origin.y(), node.getWidth(), node.getHeight());
        }
    }
}
