package io.github.graflowstudio.document;

import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.ArrayList;
import java.util.List;

/** Renames and removals that make every reference follow. Stateless and thread-safe. */
final class DocumentReferences {
    private DocumentReferences() {
    }

    static WorkflowDocument rename(WorkflowDocument document, String oldId, String newId, TaskKinds kinds) {
        if (!document.hasId(oldId)) {
            throw new IllegalArgumentException("Cannot rename '" + oldId + "': no node or group has this id");
        }
        if (newId == null || newId.isBlank()) {
            throw new IllegalArgumentException("Cannot rename '" + oldId + "': the new id must not be blank");
        }
        if (oldId.equals(newId)) {
            return document;
        }
        if (document.hasId(newId)) {
            throw new IllegalArgumentException("Cannot rename '" + oldId + "' to '" + newId + "': the id is already used");
        }
        List<WorkflowNode> nodes = new ArrayList<>();
        for (WorkflowNode node : document.nodes()) {
            WorkflowNode renamed = node.id().equals(oldId) ? node.withId(newId) : node;
            var config = kinds.renameReferences(node.kind(), node.config(), oldId, newId);
            nodes.add(config.equals(node.config()) ? renamed : renamed.withConfig(config));
        }
        List<WorkflowEdge> edges = document.edges().stream().map(edge -> edge.renamed(oldId, newId)).toList();
        List<WorkflowGroup> groups = document.groups().stream().map(group -> group.renamed(oldId, newId)).toList();
        String start = oldId.equals(document.start()) ? newId : document.start();
        return new WorkflowDocument(document.formatVersion(), document.name(), start, nodes, edges, groups,
                document.extra());
    }

    static WorkflowDocument remove(WorkflowDocument document, String id, boolean node) {
        List<WorkflowNode> nodes = new ArrayList<>(document.nodes());
        List<WorkflowGroup> groups = new ArrayList<>();
        if (node) {
            nodes.removeIf(candidate -> candidate.id().equals(id));
        }
        for (WorkflowGroup group : document.groups()) {
            if (!node && group.id().equals(id)) {
                continue;
            }
            groups.add(group.members().contains(id) || group.policy().criticalIds().contains(id)
                    ? group.withoutMember(id) : group);
        }
        boolean stillUsed = node ? groups.stream().anyMatch(group -> group.id().equals(id))
                : nodes.stream().anyMatch(candidate -> candidate.id().equals(id));
        List<WorkflowEdge> edges = new ArrayList<>(document.edges());
        String start = document.start();
        if (!stillUsed) {
            edges.removeIf(edge -> edge.touches(id));
            start = id.equals(start) ? null : start;
        }
        return new WorkflowDocument(document.formatVersion(), document.name(), start, nodes, edges, groups,
                document.extra());
    }
}
