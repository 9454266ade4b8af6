package io.github.graflowstudio.document.validation;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The control-flow view of a document for analysis: for each id, the ids it can lead to through
 * edges, group membership (a group runs its members) and jumps (config node-id fields such as a
 * branch's targets). Only ids that exist are kept. Immutable after construction and thread-safe.
 */
final class DocumentGraph {
    private final List<String> ids;
    private final Map<String, Set<String>> edgeTargets = new LinkedHashMap<>();
    private final Map<String, Set<String>> memberTargets = new LinkedHashMap<>();
    private final Map<String, Set<String>> jumpTargets = new LinkedHashMap<>();
    private final Set<String> edgeTargetIds = new LinkedHashSet<>();
    private final Set<String> memberIds = new LinkedHashSet<>();

    DocumentGraph(WorkflowDocument document, TaskKinds kinds) {
        this.ids = document.ids().stream().filter(id -> !id.isBlank()).toList();
        Set<String> known = Set.copyOf(ids);
        for (WorkflowEdge edge : document.edges()) {
            edgeTargetIds.add(edge.to());
            if (known.contains(edge.from()) && known.contains(edge.to())) {
                edgeTargets.computeIfAbsent(edge.from(), id -> new LinkedHashSet<>()).add(edge.to());
            }
        }
        for (WorkflowGroup group : document.groups()) {
            for (String member : group.members()) {
                memberIds.add(member);
                if (known.contains(member)) {
                    memberTargets.computeIfAbsent(group.id(), id -> new LinkedHashSet<>()).add(member);
                }
            }
        }
        for (WorkflowNode node : document.nodes()) {
            for (String target : kinds.referencedIds(node.kind(), node.config())) {
                if (known.contains(target)) {
                    jumpTargets.computeIfAbsent(node.id(), id -> new LinkedHashSet<>()).add(target);
                }
            }
        }
    }

    /** Existing, non-blank ids: nodes then groups, in document order. */
    List<String> ids() {
        return ids;
    }

    /** Where control can go after {@code id}: edge targets, members (for a group), jump targets. */
    List<String> successors(String id) {
        LinkedHashSet<String> next = new LinkedHashSet<>();
        next.addAll(edgeTargets.getOrDefault(id, Set.of()));
        next.addAll(memberTargets.getOrDefault(id, Set.of()));
        next.addAll(jumpTargets.getOrDefault(id, Set.of()));
        return new ArrayList<>(next);
    }

    /** The ids reachable from {@code start} (itself included) through {@link #successors}. */
    Set<String> reachableFrom(String start) {
        Set<String> reached = new LinkedHashSet<>();
        java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();
        reached.add(start);
        pending.add(start);
        while (!pending.isEmpty()) {
            for (String next : successors(pending.poll())) {
                if (reached.add(next)) {
                    pending.add(next);
                }
            }
        }
        return reached;
    }

    /** Ids that some edge enters. */
    Set<String> edgeTargetIds() {
        return edgeTargetIds;
    }

    /** Ids that are members of some group. */
    Set<String> memberIds() {
        return memberIds;
    }
}
