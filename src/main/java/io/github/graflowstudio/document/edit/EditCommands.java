package io.github.graflowstudio.document.edit;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The editor's commands, each one gesture: add, move, delete, connect, disconnect, rename,
 * change a node, group, ungroup, change a group's policy, paste, set the start.
 * Stateless and thread-safe; every command checks its preconditions and names what is wrong.
 */
public final class EditCommands {
    private EditCommands() {
    }

    /** Adds a node (its id must be free). */
    public static Command addNode(WorkflowNode node) {
        return Command.of("Add " + node.id(), document -> {
            if (document.hasId(node.id())) {
                throw new IllegalArgumentException("The id '" + node.id() + "' is already used");
            }
            return document.withNode(node);
        });
    }

    /**
     * Moves nodes to new positions (one drag = one command).
     *
     * @param positions node id to its new {x, y}
     */
    public static Command moveNodes(Map<String, double[]> positions) {
        String what = positions.size() == 1 ? positions.keySet().iterator().next() : positions.size() + " tasks";
        return Command.of("Move " + what, document -> {
            for (String id : positions.keySet()) {
                requireNode(document, id);
            }
            // one pass over the nodes: a drag of many nodes in a big document stays linear
            List<WorkflowNode> nodes = new ArrayList<>(document.nodes().size());
            Set<String> moved = new HashSet<>();
            for (WorkflowNode node : document.nodes()) {
                double[] at = moved.add(node.id()) ? positions.get(node.id()) : null;
                nodes.add(at == null ? node : node.withPosition(at[0], at[1]));
            }
            return new WorkflowDocument(document.formatVersion(), document.name(), document.start(), nodes,
                    document.edges(), document.groups(), document.extra());
        });
    }

    /** Deletes nodes and groups (with their edges and memberships) and the given edges. */
    public static Command delete(Collection<String> ids, Collection<WorkflowEdge> edges) {
        int count = ids.size() + edges.size();
        String what = count == 1 ? (ids.isEmpty() ? "edge " + edges.iterator().next() : ids.iterator().next())
                : count + " items";
        List<String> idList = List.copyOf(ids);
        List<WorkflowEdge> edgeList = List.copyOf(edges);
        return Command.of("Delete " + what, document -> {
            WorkflowDocument result = document;
            for (WorkflowEdge edge : edgeList) {
                result = result.withoutEdge(edge.from(), edge.to());
            }
            for (String id : idList) {
                if (result.group(id).isPresent()) {
                    result = result.withoutGroup(id);
                }
            }
            for (String id : idList) {
                if (result.node(id).isPresent()) {
                    result = result.withoutNode(id);
                }
            }
            return result;
        });
    }

    /**
     * Connects {@code from -> to}.
     *
     * @throws IllegalArgumentException (when applied) for unknown ids, a self edge or an existing edge
     */
    public static Command connect(String from, String to) {
        return Command.of("Connect " + from + " → " + to, document -> {
            String problem = connectionProblem(document, from, to);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            return document.withEdge(from, to);
        });
    }

    /** Why {@code from -> to} cannot be added, or {@code null} if it can (the canvas shows refusals with this). */
    public static String connectionProblem(WorkflowDocument document, String from, String to) {
        if (!document.hasId(from)) {
            return "No node or group '" + from + "'";
        }
        if (!document.hasId(to)) {
            return "No node or group '" + to + "'";
        }
        if (from.equals(to)) {
            return "A task cannot follow itself; use a loop node or a branch";
        }
        if (document.hasEdge(from, to)) {
            return from + " already leads to " + to;
        }
        for (WorkflowGroup group : document.groups()) {
            if ((group.id().equals(from) && group.members().contains(to))
                    || (group.id().equals(to) && group.members().contains(from))) {
                return "A group cannot be connected to its own member";
            }
        }
        return null;
    }

    /** Removes the edge {@code from -> to}. */
    public static Command disconnect(String from, String to) {
        return Command.of("Delete edge " + from + " → " + to, document -> document.withoutEdge(from, to));
    }

    /** Renames a node or group; every reference follows. */
    public static Command rename(String oldId, String newId) {
        return Command.of("Rename " + oldId + " to " + newId, document -> document.renameNode(oldId, newId));
    }

    /** Changes a node (config, options, note, kind) with a description such as "Change value of a". */
    public static Command updateNode(String id, String description, UnaryOperator<WorkflowNode> change) {
        return Command.of(description, document -> requireNode(document, id).updateNode(id, change));
    }

    private static WorkflowDocument requireNode(WorkflowDocument document, String id) {
        if (document.node(id).isEmpty()) {
            throw new IllegalArgumentException("No task '" + id + "'");
        }
        return document;
    }

    /**
     * Groups nodes into a new parallel group (strict policy).
     *
     * @param memberIds node ids, at least one, none already in a group
     * @param groupId   the new group's id (must be free)
     */
    public static Command group(List<String> memberIds, String groupId) {
        return Command.of("Group " + memberIds.size() + (memberIds.size() == 1 ? " task" : " tasks"), document -> {
            if (memberIds.isEmpty()) {
                throw new IllegalArgumentException("Select at least one task to group");
            }
            if (document.hasId(groupId)) {
                throw new IllegalArgumentException("The id '" + groupId + "' is already used");
            }
            Set<String> grouped = new HashSet<>();
            document.groups().forEach(group -> grouped.addAll(group.members()));
            for (String id : memberIds) {
                if (document.node(id).isEmpty()) {
                    throw new IllegalArgumentException("Only tasks can be grouped; '" + id + "' is not a task");
                }
                if (grouped.contains(id)) {
                    throw new IllegalArgumentException("'" + id + "' is already in a group");
                }
            }
            return document.withGroup(WorkflowGroup.of(groupId, new ArrayList<>(memberIds)));
        });
    }

    /** Removes a group, keeping its members; edges to and from the group go with it. */
    public static Command ungroup(String groupId) {
        return Command.of("Ungroup " + groupId, document -> {
            if (document.group(groupId).isEmpty()) {
                throw new IllegalArgumentException("No group '" + groupId + "'");
            }
            return document.withoutGroup(groupId);
        });
    }

    /** Sets a group's policy. */
    public static Command setGroupPolicy(String groupId, GroupPolicySpec policy) {
        return Command.of("Set policy of " + groupId + " to " + policy.type(), document -> {
            WorkflowGroup group = document.group(groupId)
                    .orElseThrow(() -> new IllegalArgumentException("No group '" + groupId + "'"));
            return document.withGroup(group.withPolicy(policy));
        });
    }

    /** Pastes a prepared fragment (see {@link Fragments#prepareForPaste}). */
    public static Command paste(WorkflowDocument fragment) {
        int count = fragment.nodes().size();
        return Command.of("Paste " + count + (count == 1 ? " task" : " tasks"), document -> {
            for (String id : fragment.ids()) {
                if (document.hasId(id)) {
                    throw new IllegalArgumentException("The pasted id '" + id + "' is already used");
                }
            }
            return Fragments.append(document, fragment);
        });
    }

    /** Sets (or clears, with {@code null}) the document's start node. */
    public static Command setStart(String id) {
        return Command.of(id == null ? "Clear start node" : "Start at " + id, document -> document.withStart(id));
    }
}
