package io.github.graflowstudio.document.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The usable elements of a request: nodes and groups by id and which group each element belongs
 * to, with notes about everything that had to be ignored (repeated ids, unknown or doubly claimed
 * group members, memberships that would make a group contain itself). Built once per run and
 * then only read; confined to the thread running the layout.
 */
final class LayoutElements {
    private final Map<String, LayoutNode> nodes = new LinkedHashMap<>();
    private final Map<String, LayoutGroup> groups = new LinkedHashMap<>();
    private final Map<String, String> parentGroups = new HashMap<>();
    private final Set<String> groupsWithMembers = new HashSet<>();
    private final List<String> notes = new ArrayList<>();

    private LayoutElements() {
    }

    /** Resolves the nodes, groups and memberships of a request. */
    static LayoutElements of(LayoutRequest request) {
        LayoutElements elements = new LayoutElements();
        for (LayoutNode node : request.nodes()) {
            elements.addNode(node);
        }
        for (LayoutGroup group : request.groups()) {
            elements.addGroup(group);
        }
        for (LayoutGroup group : elements.groups.values()) {
            for (String memberId : group.memberIds()) {
                elements.addMembership(group.id(), memberId);
            }
        }
        return elements;
    }

    private void addNode(LayoutNode node) {
        if (nodes.containsKey(node.id())) {
            notes.add("Node '" + node.id() + "' appears more than once; only the first is laid out.");
        } else {
            nodes.put(node.id(), node);
        }
    }

    private void addGroup(LayoutGroup group) {
        if (nodes.containsKey(group.id())) {
            notes.add("Group '" + group.id() + "' has the id of a node; the group is ignored.");
        } else if (groups.containsKey(group.id())) {
            notes.add("Group '" + group.id() + "' appears more than once; only the first is laid out.");
        } else {
            groups.put(group.id(), group);
        }
    }

    private void addMembership(String groupId, String memberId) {
        if (!contains(memberId)) {
            notes.add("Group '" + groupId + "': unknown member '" + memberId + "' ignored.");
        } else if (parentGroups.containsKey(memberId)) {
            if (!parentGroups.get(memberId).equals(groupId)) {
                notes.add("Group '" + groupId + "': member '" + memberId + "' already belongs to group '"
                        + parentGroups.get(memberId) + "'; ignored here.");
            }
        } else if (memberId.equals(groupId) || isAncestor(memberId, groupId)) {
            notes.add("Group '" + groupId + "': member '" + memberId + "' would make a group contain itself; ignored.");
        } else {
            parentGroups.put(memberId, groupId);
            groupsWithMembers.add(groupId);
        }
    }

    /** Whether the id names a usable node or group. */
    boolean contains(String id) {
        return nodes.containsKey(id) || groups.containsKey(id);
    }

    /** Whether the id names a usable group. */
    boolean isGroup(String id) {
        return groups.containsKey(id);
    }

    /** The group the element belongs to, or {@code null} if it sits at the top level. */
    String parentGroup(String id) {
        return parentGroups.get(id);
    }

    /** Whether {@code ancestorId} is a group that contains {@code id}, directly or through nested groups. */
    boolean isAncestor(String ancestorId, String id) {
        String current = parentGroups.get(id);
        while (current != null) {
            if (current.equals(ancestorId)) {
                return true;
            }
            current = parentGroups.get(current);
        }
        return false;
    }

    /** Whether any group has at least one member. */
    boolean hasMemberships() {
        return !parentGroups.isEmpty();
    }

    /** Whether the group has at least one member. */
    boolean hasMembers(String groupId) {
        return groupsWithMembers.contains(groupId);
    }

    /** The usable nodes in request order. */
    Collection<LayoutNode> nodes() {
        return nodes.values();
    }

    /** The usable groups in request order. */
    Collection<LayoutGroup> groups() {
        return groups.values();
    }

    /** Notes about ignored input, in the order found. */
    List<String> notes() {
        return notes;
    }
}
