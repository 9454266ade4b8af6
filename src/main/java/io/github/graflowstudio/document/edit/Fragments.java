package io.github.graflowstudio.document.edit;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copy and paste of document parts. A fragment is itself a {@link WorkflowDocument} (so the
 * clipboard holds ordinary document JSON and pasting into another window works): the selected
 * nodes, the edges between them, and the groups all of whose members are selected.
 * Stateless and thread-safe.
 */
public final class Fragments {
    private Fragments() {
    }

    /** The fragment of {@code document} made of the selected ids (nodes or groups; a group brings its members). */
    public static WorkflowDocument extract(WorkflowDocument document, Set<String> selected) {
        Set<String> nodeIds = new HashSet<>();
        for (String id : selected) {
            document.group(id).ifPresent(group -> nodeIds.addAll(group.members()));
            document.node(id).ifPresent(node -> nodeIds.add(node.id()));
        }
        List<WorkflowNode> nodes = document.nodes().stream().filter(node -> nodeIds.contains(node.id())).toList();
        List<WorkflowGroup> groups = document.groups().stream()
                .filter(group -> !group.members().isEmpty() && nodeIds.containsAll(group.members())).toList();
        Set<String> inside = new HashSet<>(nodeIds);
        groups.forEach(group -> inside.add(group.id()));
        List<WorkflowEdge> edges = document.edges().stream()
                .filter(edge -> inside.contains(edge.from()) && inside.contains(edge.to())).toList();
        return new WorkflowDocument(WorkflowDocument.FORMAT_VERSION, document.name(), null, nodes, edges, groups, Map.of());
    }

    /**
     * The fragment with every id that {@code target} already uses renamed to a free one (every
     * reference inside the fragment follows), and positions moved by (dx, dy).
     *
     * @return the renamed fragment and the id mapping (old to new)
     */
    public static Renamed prepareForPaste(WorkflowDocument fragment, WorkflowDocument target, double dx, double dy) {
        Set<String> taken = new HashSet<>(target.ids());
        taken.addAll(fragment.ids());
        Map<String, String> mapping = new LinkedHashMap<>();
        WorkflowDocument renamed = fragment;
        for (String id : fragment.ids()) {
            if (target.hasId(id)) {
                String fresh = UniqueIds.next(id, taken);
                taken.add(fresh);
                renamed = renamed.renameNode(id, fresh);
                mapping.put(id, fresh);
            } else {
                mapping.put(id, id);
            }
        }
        List<WorkflowNode> moved = new ArrayList<>();
        for (WorkflowNode node : renamed.nodes()) {
            moved.add(node.withPosition(node.x() + dx, node.y() + dy));
        }
        return new Renamed(new WorkflowDocument(renamed.formatVersion(), renamed.name(), null, moved, renamed.edges(),
                renamed.groups(), Map.of()), mapping);
    }

    /**
     * A fragment ready to paste.
     *
     * @param fragment the fragment with fresh ids and moved positions
     * @param mapping  old id to new id
     */
    public record Renamed(WorkflowDocument fragment, Map<String, String> mapping) {
    }

    /** {@code target} with the fragment's nodes, edges and groups appended. */
    public static WorkflowDocument append(WorkflowDocument target, WorkflowDocument fragment) {
        List<WorkflowNode> nodes = new ArrayList<>(target.nodes());
        nodes.addAll(fragment.nodes());
        List<WorkflowEdge> edges = new ArrayList<>(target.edges());
        edges.addAll(fragment.edges());
        List<WorkflowGroup> groups = new ArrayList<>(target.groups());
        groups.addAll(fragment.groups());
        return new WorkflowDocument(target.formatVersion(), target.name(), target.start(), nodes, edges, groups,
                target.extra());
    }
}
