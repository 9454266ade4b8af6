package io.github.graflowstudio.document.export;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.ConfigField;
import io.github.graflowstudio.document.kinds.FieldType;
import io.github.graflowstudio.document.kinds.TaskKind;
import io.github.graflowstudio.document.kinds.TaskKinds;
import io.github.graflowstudio.document.validation.StartNodes;
import io.github.graflowstudio.document.validation.StartSelection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the diagram exporters draw, worked out once from a document: which group each node or
 * group is drawn in (the first group listing it; a group never inside itself), the top-level
 * items, the jump targets of kind configs (branch {@code ifTrue}/{@code ifFalse}, loop
 * {@code then}) and the ids that are referred to but missing. Everything is in document order.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class DiagramStructure {
    /** A jump from a node's config to a target, labelled {@code true}, {@code false} or the field name. */
    record Jump(String from, String to, String label) {
    }

    private final WorkflowDocument document;
    private final Map<String, WorkflowNode> nodes = new LinkedHashMap<>();
    private final Map<String, WorkflowGroup> groups = new LinkedHashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<String> topLevel = new ArrayList<>();
    private final List<Jump> jumps = new ArrayList<>();
    private final String start;

    private DiagramStructure(WorkflowDocument document, TaskKinds kinds) {
        this.document = document;
        document.nodes().forEach(node -> nodes.putIfAbsent(node.id(), node));
        document.groups().forEach(group -> {
            if (!nodes.containsKey(group.id())) {
                groups.putIfAbsent(group.id(), group);
            }
        });
        for (WorkflowGroup group : groups.values()) {
            List<String> members = new ArrayList<>();
            for (String member : group.members()) {
                noteIfMissing(member);
                if (!parents.containsKey(member) && !isAncestorOrSelf(member, group.id())) {
                    parents.put(member, group.id());
                    members.add(member);
                }
            }
            children.put(group.id(), List.copyOf(members));
        }
        for (WorkflowNode node : nodes.values()) {
            collectJumps(node, kinds);
        }
        for (WorkflowEdge edge : document.edges()) {
            noteIfMissing(edge.from());
            noteIfMissing(edge.to());
        }
        jumps.forEach(jump -> noteIfMissing(jump.to()));
        for (String id : ids()) {
            if (!parents.containsKey(id)) {
                topLevel.add(id);
            }
        }
        StartSelection selection = StartNodes.select(document, kinds);
        this.start = selection.found() ? selection.startId() : null;
    }

    /** The structure of a document, with jumps found through {@code kinds}. */
    static DiagramStructure of(WorkflowDocument document, TaskKinds kinds) {
        return new DiagramStructure(document, kinds);
    }

    /** The document. */
    WorkflowDocument document() {
        return document;
    }

    /** Node ids, group ids, then missing ids, in document order without repeats. */
    List<String> ids() {
        List<String> ids = new ArrayList<>(nodes.keySet());
        ids.addAll(groups.keySet());
        ids.addAll(missing);
        return ids;
    }

    /** The ids drawn outside every group, in the order of {@link #ids()}. */
    List<String> topLevel() {
        return List.copyOf(topLevel);
    }

    /** The ids drawn directly inside a group, in member order. */
    List<String> children(String groupId) {
        return children.getOrDefault(groupId, List.of());
    }

    /** Whether the id is a group. */
    boolean isGroup(String id) {
        return groups.containsKey(id);
    }

    /** Whether the id is referred to but neither a node nor a group. */
    boolean isMissing(String id) {
        return missing.contains(id);
    }

    /** The node with this id, or {@code null}. */
    WorkflowNode node(String id) {
        return nodes.get(id);
    }

    /** The group with this id, or {@code null}. */
    WorkflowGroup group(String id) {
        return groups.get(id);
    }

    /** The edges of the document, in order. */
    List<WorkflowEdge> edges() {
        return document.edges();
    }

    /** The jumps of the kind configs, in node order then field order. */
    List<Jump> jumps() {
        return List.copyOf(jumps);
    }

    /** The start id (the document's, or the single root), or {@code null} when there is none. */
    String start() {
        return start;
    }

    /** A short text for a group's policy: {@code strict}, {@code at_least_n 2}, {@code critical [a, b]}. */
    static String policyText(WorkflowGroup group) {
        var policy = group.policy();
        StringBuilder text = new StringBuilder(policy.type());
        if (policy.n() != null) {
            text.append(' ').append(policy.n());
        }
        if (policy.critical() != null) {
            text.append(' ').append(policy.critical());
        }
        return text.toString();
    }

    private void noteIfMissing(String id) {
        if (!nodes.containsKey(id) && !groups.containsKey(id)) {
            missing.add(id);
        }
    }

    private boolean isAncestorOrSelf(String candidate, String groupId) {
        String current = groupId;
        Set<String> seen = new LinkedHashSet<>();
        while (current != null && seen.add(current)) {
            if (current.equals(candidate)) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }

    private void collectJumps(WorkflowNode node, TaskKinds kinds) {
        TaskKind kind = kinds.find(node.kind()).orElse(null);
        if (kind == null) {
            return;
        }
        for (ConfigField field : kind.fields()) {
            if (field.type() == FieldType.NODE_ID && node.config().get(field.name()) instanceof String target) {
                jumps.add(new Jump(node.id(), target, jumpLabel(field.name())));
            }
        }
    }

    private static String jumpLabel(String field) {
        return switch (field) {
            case "ifTrue" -> "true";
            case "ifFalse" -> "false";
            default -> field;
        };
    }
}
