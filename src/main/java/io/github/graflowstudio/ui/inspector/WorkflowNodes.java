package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.GraphNode;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes of an open workflow as the checkpoint reader compares them with a set: each task with
 * its kind and config, and each parallel group by id only (its kind and config are not compared).
 * Stateless and thread-safe.
 */
public final class WorkflowNodes {
    private WorkflowNodes() {
    }

    /**
     * The nodes of a document.
     *
     * @param document the open document, or {@code null}
     * @return the nodes, or {@code null} when no document is open
     */
    public static List<GraphNode> of(WorkflowDocument document) {
        if (document == null) {
            return null;
        }
        List<GraphNode> nodes = new ArrayList<>(document.nodes().size() + document.groups().size());
        for (WorkflowNode node : document.nodes()) {
            nodes.add(new GraphNode(node.id(), node.kind(), JsonValue.of(node.config())));
        }
        for (WorkflowGroup group : document.groups()) {
            nodes.add(new GraphNode(group.id(), null, null));
        }
        return nodes;
    }
}
