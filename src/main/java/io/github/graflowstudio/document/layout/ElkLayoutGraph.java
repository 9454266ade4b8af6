package io.github.graflowstudio.document.layout;

import java.util.List;
import java.util.Map;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;

/**
 * The ELK graph built for one run, with the way back from ELK shapes to request ids. Confined to
 * the thread running the layout.
 *
 * @param root        the top-level ELK node holding everything
 * @param nodeShapes  ELK nodes of the request's nodes, in request order
 * @param groupShapes ELK nodes of the request's groups, in request order
 * @param edges       ELK edges with the index of the request edge they stand for, in request order
 */
record ElkLayoutGraph(ElkNode root, Map<String, ElkNode> nodeShapes, Map<String, ElkNode> groupShapes,
                      List<IndexedEdge> edges) {

    /**
     * An ELK edge with its request edge.
     *
     * @param index   index in {@link LayoutRequest#edges()}
     * @param request the request's edge
     * @param shape   the ELK edge
     */
    record IndexedEdge(int index, LayoutEdge request, ElkEdge shape) {
    }
}
