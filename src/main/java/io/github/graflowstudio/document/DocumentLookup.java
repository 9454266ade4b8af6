package io.github.graflowstudio.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The id index of one document version: first node and group per id, node positions, edges by
 * end, edge pairs. Built once per document, on first use. Immutable after construction and
 * thread-safe.
 */
final class DocumentLookup {
    private final Map<String, WorkflowNode> nodes = new HashMap<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final Map<String, WorkflowGroup> groups = new HashMap<>();
    private final Map<String, List<WorkflowEdge>> outgoing = new HashMap<>();
    private final Map<String, List<WorkflowEdge>> incoming = new HashMap<>();
    private final Set<String> pairs = new HashSet<>();
    private final List<String> ids;

    DocumentLookup(List<WorkflowNode> nodeList, List<WorkflowEdge> edgeList, List<WorkflowGroup> groupList) {
        LinkedHashSet<String> allIds = new LinkedHashSet<>();
        for (int i = 0; i < nodeList.size(); i++) {
            WorkflowNode node = nodeList.get(i);
            if (nodes.putIfAbsent(node.id(), node) == null) {
                nodeIndex.put(node.id(), i);
            }
            allIds.add(node.id());
        }
        for (WorkflowGroup group : groupList) {
            groups.putIfAbsent(group.id(), group);
            allIds.add(group.id());
        }
        for (WorkflowEdge edge : edgeList) {
            outgoing.computeIfAbsent(edge.from(), id -> new ArrayList<>(2)).add(edge);
            incoming.computeIfAbsent(edge.to(), id -> new ArrayList<>(2)).add(edge);
            pairs.add(edge.from() + '\u0000' + edge.to());
        }
        outgoing.replaceAll((id, list) -> List.copyOf(list));
        incoming.replaceAll((id, list) -> List.copyOf(list));
        ids = List.copyOf(allIds);
    }

    WorkflowNode node(String id) {
        return nodes.get(id);
    }

    int indexOfNode(String id) {
        Integer index = nodeIndex.get(id);
        return index == null ? -1 : index;
    }

    WorkflowGroup group(String id) {
        return groups.get(id);
    }

    List<WorkflowEdge> outgoing(String id) {
        return outgoing.getOrDefault(id, List.of());
    }

    List<WorkflowEdge> incoming(String id) {
        return incoming.getOrDefault(id, List.of());
    }

    boolean hasEdge(String from, String to) {
        return pairs.contains(from + '\u0000' + to);
    }

    List<String> ids() {
        return ids;
    }
}
