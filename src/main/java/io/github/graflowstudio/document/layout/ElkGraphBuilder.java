package io.github.graflowstudio.document.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Turns a request into an ELK graph for the layered algorithm: one ELK node per node, one compound
 * ELK node per group holding its members as children, one simple edge per usable edge. Edges whose
 * ends are unknown are skipped with a note. Stateless; each call builds a new graph, so it is
 * thread-safe.
 */
final class ElkGraphBuilder {
    /** Inner size of a group without members (padding and header come on top). */
    static final double EMPTY_GROUP_WIDTH = 80;
    static final double EMPTY_GROUP_HEIGHT = 40;

    /** The layered algorithm's default; fixed here so that runs are repeatable. */
    private static final int RANDOM_SEED = 1;

    private ElkGraphBuilder() {
    }

    /** Builds the ELK graph; notes about skipped edges are added to {@code notes}. */
    static ElkLayoutGraph build(LayoutRequest request, LayoutElements elements, List<String> notes,
                                LayoutRunControl control) {
        LayoutOptions options = request.options();
        ElkNode root = ElkGraphUtil.createGraph();
        configureLevel(root, options);
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.RANDOM_SEED, RANDOM_SEED);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        if (elements.hasMemberships()) {
            // Members are children of their group's node; edges crossing a group's border need
            // the whole hierarchy laid out in one run.
            root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        }

        Map<String, ElkNode> groupShapes = createGroups(root, elements, options);
        control.stopIfCancelRequested();
        Map<String, ElkNode> nodeShapes = createNodes(root, elements, groupShapes, options);
        control.stopIfCancelRequested();
        List<ElkLayoutGraph.IndexedEdge> edges = createEdges(request, nodeShapes, groupShapes, notes);
        return new ElkLayoutGraph(root, nodeShapes, groupShapes, edges);
    }

    private static Map<String, ElkNode> createGroups(ElkNode root, LayoutElements elements, LayoutOptions options) {
        Map<String, ElkNode> shapes = new LinkedHashMap<>();
        for (LayoutGroup group : elements.groups()) {
            // Parents first: walk up to the outermost group not created yet, then create downwards.
            Deque<String> chain = new ArrayDeque<>();
            for (String id = group.id(); id != null && !shapes.containsKey(id); id = elements.parentGroup(id)) {
                chain.push(id);
            }
            while (!chain.isEmpty()) {
                String id = chain.pop();
                String parentId = elements.parentGroup(id);
                ElkNode shape = ElkGraphUtil.createNode(parentId == null ? root : shapes.get(parentId));
                shape.setIdentifier(id);
                configureLevel(shape, options);
                shape.setProperty(CoreOptions.PADDING, new ElkPadding(options.groupPadding() + options.groupHeaderHeight(),
                        options.groupPadding(), options.groupPadding(), options.groupPadding()));
                if (!elements.hasMembers(id)) {
                    shape.setDimensions(EMPTY_GROUP_WIDTH + 2 * options.groupPadding(),
                            EMPTY_GROUP_HEIGHT + 2 * options.groupPadding() + options.groupHeaderHeight());
                }
                shapes.put(id, shape);
            }
        }
        // Hand back in request order.
        Map<String, ElkNode> ordered = new LinkedHashMap<>();
        for (LayoutGroup group : elements.groups()) {
            ordered.put(group.id(), shapes.get(group.id()));
        }
        return ordered;
    }

    private static Map<String, ElkNode> createNodes(ElkNode root, LayoutElements elements,
                                                    Map<String, ElkNode> groupShapes, LayoutOptions options) {
        // ELK sees the nodes ordered by their current position across the flow, so the layout
        // tends to keep the user's order and does not depend on the order of the request's list.
        List<LayoutNode> sorted = new ArrayList<>(elements.nodes());
        sorted.sort(positionOrder(options.direction()));
        Map<String, ElkNode> created = new HashMap<>();
        for (LayoutNode node : sorted) {
            String parentId = elements.parentGroup(node.id());
            ElkNode shape = ElkGraphUtil.createNode(parentId == null ? root : groupShapes.get(parentId));
            shape.setIdentifier(node.id());
            shape.setDimensions(node.width(), node.height());
            created.put(node.id(), shape);
        }
        Map<String, ElkNode> ordered = new LinkedHashMap<>();
        for (LayoutNode node : elements.nodes()) {
            ordered.put(node.id(), created.get(node.id()));
        }
        return ordered;
    }

    private static Comparator<LayoutNode> positionOrder(LayoutDirection direction) {
        Comparator<LayoutNode> across = direction.isHorizontal()
                ? Comparator.comparingDouble(LayoutNode::y).thenComparingDouble(LayoutNode::x)
                : Comparator.comparingDouble(LayoutNode::x).thenComparingDouble(LayoutNode::y);
        return across.thenComparing(LayoutNode::id);
    }

    private static List<ElkLayoutGraph.IndexedEdge> createEdges(LayoutRequest request, Map<String, ElkNode> nodeShapes,
                                                                Map<String, ElkNode> groupShapes, List<String> notes) {
        List<ElkLayoutGraph.IndexedEdge> edges = new ArrayList<>();
        for (int index = 0; index < request.edges().size(); index++) {
            LayoutEdge edge = request.edges().get(index);
            ElkConnectableShape source = shapeOf(edge.from(), nodeShapes, groupShapes);
            ElkConnectableShape target = shapeOf(edge.to(), nodeShapes, groupShapes);
            if (source == null || target == null) {
                String unknown = source == null && target == null ? "source '" + edge.from() + "' and target '" + edge.to() + "'"
                        : source == null ? "source '" + edge.from() + "'" : "target '" + edge.to() + "'";
                notes.add("Edge #" + index + " " + edge.from() + " -> " + edge.to() + " ignored: unknown " + unknown + ".");
                continue;
            }
            ElkEdge shape = ElkGraphUtil.createSimpleEdge(source, target);
            edges.add(new ElkLayoutGraph.IndexedEdge(index, edge, shape));
        }
        return edges;
    }

    private static ElkConnectableShape shapeOf(String id, Map<String, ElkNode> nodeShapes,
                                               Map<String, ElkNode> groupShapes) {
        ElkNode node = nodeShapes.get(id);
        return node != null ? node : groupShapes.get(id);
    }

    /** Options that apply to every level of the hierarchy: the root and each group. */
    private static void configureLevel(ElkNode level, LayoutOptions options) {
        level.setProperty(CoreOptions.DIRECTION, elkDirection(options.direction()));
        level.setProperty(CoreOptions.SPACING_NODE_NODE, options.nodeSpacing());
        level.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, options.layerSpacing());
        level.setProperty(CoreOptions.SPACING_EDGE_EDGE, options.edgeSpacing());
        level.setProperty(CoreOptions.SPACING_EDGE_NODE, options.edgeSpacing());
        level.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, options.edgeSpacing());
        level.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, options.edgeSpacing());
        level.setProperty(LayeredOptions.THOROUGHNESS, options.thoroughness());
    }

    private static Direction elkDirection(LayoutDirection direction) {
        return switch (direction) {
            case RIGHT -> Direction.RIGHT;
            case LEFT -> Direction.LEFT;
            case DOWN -> Direction.DOWN;
            case UP -> Direction.UP;
        };
    }
}
