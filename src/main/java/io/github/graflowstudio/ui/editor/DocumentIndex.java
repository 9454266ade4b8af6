package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.ui.editor.geometry.EdgeRoute;
import io.github.graflowstudio.ui.editor.geometry.NodeShape;
import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.SpatialIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of one document version: node and group rectangles, edge routes, and spatial
 * indexes for culling and picking. Built once per document change (and per drag preview), read
 * by the renderer every frame. Immutable after construction; build it on any thread.
 */
public final class DocumentIndex {
    private static final double CELL = 512;

    private final WorkflowDocument document;
    private final Map<String, WorkflowNode> nodes = new HashMap<>();
    private final Map<String, WorkflowGroup> groups = new LinkedHashMap<>();
    private final Map<String, Rect> bounds = new HashMap<>();
    private final Map<String, String> groupOf = new HashMap<>();
    private final List<WorkflowEdge> edges = new ArrayList<>();
    private final List<EdgeRoute> routes = new ArrayList<>();
    private final SpatialIndex<String> nodeIndex = new SpatialIndex<>(CELL);
    private final SpatialIndex<String> groupIndex = new SpatialIndex<>(CELL);
    private final SpatialIndex<Integer> edgeIndex = new SpatialIndex<>(CELL);

    /**
     * Indexes a document, with some nodes drawn at other positions (a drag in progress).
     *
     * @param document the document
     * @param moved    node id to its preview position (top-left), may be empty
     */
    public DocumentIndex(WorkflowDocument document, Map<String, Point> moved) {
        this.document = document;
        for (WorkflowNode node : document.nodes()) {
            if (nodes.putIfAbsent(node.id(), node) != null) {
                continue;
            }
            Point at = moved.get(node.id());
            Rect rect = at == null ? NodeShape.bounds(node.x(), node.y()) : NodeShape.bounds(at.x(), at.y());
            bounds.put(node.id(), rect);
            nodeIndex.put(node.id(), rect);
        }
        for (WorkflowGroup group : document.groups()) {
            Rect union = null;
            for (String member : group.members()) {
                Rect rect = nodeIndex.boundsOf(member);
                if (rect != null) {
                    union = union == null ? rect : union.union(rect);
                    groupOf.putIfAbsent(member, group.id());
                }
            }
            if (union != null && !bounds.containsKey(group.id())) {
                Rect rect = NodeShape.groupBounds(union);
                groups.put(group.id(), group);
                bounds.put(group.id(), rect);
                groupIndex.put(group.id(), rect);
            }
        }
        for (WorkflowEdge edge : document.edges()) {
            Rect from = bounds.get(edge.from());
            Rect to = bounds.get(edge.to());
            if (from == null || to == null) {
                continue;
            }
            EdgeRoute route = EdgeRoute.between(NodeShape.outputPort(from), NodeShape.inputPort(to));
            edgeIndex.put(edges.size(), route.bounds().inflate(4));
            edges.add(edge);
            routes.add(route);
        }
    }

    /** The indexed document. */
    public WorkflowDocument document() {
        return document;
    }

    /** The node with this id, or {@code null}. */
    public WorkflowNode node(String id) {
        return nodes.get(id);
    }

    /** The group with this id, or {@code null}. */
    public WorkflowGroup group(String id) {
        return groups.get(id);
    }

    /** Groups in document order (only those with at least one existing member). */
    public List<WorkflowGroup> groups() {
        return List.copyOf(groups.values());
    }

    /** The group a node belongs to, or {@code null}. */
    public String groupOf(String nodeId) {
        return groupOf.get(nodeId);
    }

    /** The rectangle of a node or group, or {@code null}. */
    public Rect bounds(String id) {
        return bounds.get(id);
    }

    /** Drawable edges (both ends exist). */
    public List<WorkflowEdge> edges() {
        return Collections.unmodifiableList(edges);
    }

    /** The route of edge number {@code index} of {@link #edges()}. */
    public EdgeRoute route(int index) {
        return routes.get(index);
    }

    /** Node ids whose rectangle meets {@code area}. */
    public List<String> nodesIn(Rect area) {
        return nodeIndex.query(area);
    }

    /** Group ids whose rectangle meets {@code area}. */
    public List<String> groupsIn(Rect area) {
        return groupIndex.query(area);
    }

    /** Edge indexes whose bounds meet {@code area}. */
    public List<Integer> edgesIn(Rect area) {
        return edgeIndex.query(area);
    }

    /** The topmost node at a world point, or {@code null}. */
    public String nodeAt(Point world) {
        List<String> hits = nodeIndex.at(world);
        return hits.isEmpty() ? null : hits.get(hits.size() - 1);
    }

    /** The group whose title bar or padding is at a world point (not over a member), or {@code null}. */
    public String groupAt(Point world) {
        List<String> hits = groupIndex.at(world);
        return hits.isEmpty() ? null : hits.get(hits.size() - 1);
    }

    /** The edge closest to a world point within {@code tolerance}, or -1. */
    public int edgeAt(Point world, double tolerance) {
        int best = -1;
        double bestDistance = tolerance;
        for (int index : edgeIndex.query(new Rect(world.x() - tolerance, world.y() - tolerance, 2 * tolerance,
                2 * tolerance))) {
            double distance = routes.get(index).distanceTo(world);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = index;
            }
        }
        return best;
    }

    /** The union of all node and group rectangles, or {@link Rect#EMPTY}. */
    public Rect extent() {
        Rect extent = nodeIndex.extent();
        if (groupIndex.size() > 0) {
            extent = nodeIndex.size() == 0 ? groupIndex.extent() : extent.union(groupIndex.extent());
        }
        return extent;
    }
}
