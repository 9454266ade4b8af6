package io.github.graflowstudio.bench;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A large synthetic workflow for the canvas and layout benchmarks: {@code n} nodes on a grid
 * (about twice as wide as high), each linked to its right neighbour, and every second node also to
 * the node below it, which gives about {@code 1.5 n} edges. The same {@code n} always gives the same
 * document. Stateless and thread-safe.
 */
public final class GridWorkflow {
    /** Horizontal distance between node origins (a node is 168 wide). */
    public static final double COLUMN_STEP = 240;
    /** Vertical distance between node origins (a node is 52 high). */
    public static final double ROW_STEP = 110;
    private static final List<String> KINDS = List.of("echo", "expr", "http", "sleep");

    private GridWorkflow() {
    }

    /** The number of grid columns for {@code n} nodes. */
    public static int columns(int n) {
        return Math.max(1, (int) Math.ceil(Math.sqrt(n * 2.0)));
    }

    /** The document with {@code n} nodes {@code n0 ...}. */
    public static WorkflowDocument of(int n) {
        int columns = columns(n);
        List<WorkflowNode> nodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nodes.add(WorkflowNode.of("n" + i, KINDS.get(i % KINDS.size()), Map.of(), (i % columns) * COLUMN_STEP,
                    (i / columns) * ROW_STEP));
        }
        List<WorkflowEdge> edges = new ArrayList<>(n * 3 / 2 + 1);
        for (int i = 0; i < n; i++) {
            if ((i + 1) % columns != 0 && i + 1 < n) {
                edges.add(WorkflowEdge.of("n" + i, "n" + (i + 1)));
            }
            if (i % 2 == 0 && i + columns < n) {
                edges.add(WorkflowEdge.of("n" + i, "n" + (i + columns)));
            }
        }
        return WorkflowDocument.of("grid " + n, nodes, edges, List.of());
    }
}
