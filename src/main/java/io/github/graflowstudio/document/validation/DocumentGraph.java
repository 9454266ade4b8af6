package io.github.graflowstudio.document.validation;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The control-flow view of a document for analysis: for each id, the ids it can lead to through
 * edges, group membership (a group runs its members) and jumps (config node-id fields such as a
 * branch's targets). Only ids that exist are kept. Ids are numbered in document order (nodes then
 * groups) and successors are stored as one array of numbers (compressed rows), so analysing a
 * document of 100,000 nodes allocates a few arrays rather than a set per node. Immutable after
 * construction and thread-safe.
 */
final class DocumentGraph {
    private static final int[] NONE = new int[0];
    private final List<String> ids;
    private final Map<String, Integer> index;
    /** Successors of id {@code i}: {@code targets[offsets[i]] .. targets[offsets[i + 1] - 1]}. */
    private final int[] offsets;
    private final int[] targets;
    private final BitSet enteredByEdge = new BitSet();
    private final BitSet member = new BitSet();

    DocumentGraph(WorkflowDocument document, TaskKinds kinds) {
        List<String> existing = new ArrayList<>(document.ids().size());
        for (String id : document.ids()) {
            if (!id.isBlank()) {
                existing.add(id);
            }
        }
        this.ids = List.copyOf(existing);
        this.index = new HashMap<>(Math.max(16, (int) (ids.size() / 0.75f) + 1));
        for (int i = 0; i < ids.size(); i++) {
            index.putIfAbsent(ids.get(i), i);
        }
        SuccessorTable table = new SuccessorTable(ids.size());
        for (WorkflowEdge edge : document.edges()) {
            int to = indexOf(edge.to());
            if (to >= 0) {
                enteredByEdge.set(to);
            }
            int from = indexOf(edge.from());
            if (from >= 0 && to >= 0) {
                table.add(from, to);
            }
        }
        for (WorkflowGroup group : document.groups()) {
            int groupIndex = indexOf(group.id());
            for (String memberId : group.members()) {
                int memberIndex = indexOf(memberId);
                if (memberIndex >= 0) {
                    member.set(memberIndex);
                    if (groupIndex >= 0) {
                        table.add(groupIndex, memberIndex);
                    }
                }
            }
        }
        for (WorkflowNode node : document.nodes()) {
            int from = indexOf(node.id());
            for (String target : kinds.referencedIds(node.kind(), node.config())) {
                int to = indexOf(target);
                if (from >= 0 && to >= 0) {
                    table.add(from, to);
                }
            }
        }
        this.offsets = new int[ids.size() + 1];
        this.targets = table.compress(offsets);
    }

    /** Existing, non-blank ids: nodes then groups, in document order. */
    List<String> ids() {
        return ids;
    }

    /** How many ids there are. */
    int size() {
        return ids.size();
    }

    /** The id numbered {@code position}. */
    String id(int position) {
        return ids.get(position);
    }

    /** The number of an id, or -1 if it does not exist. */
    int indexOf(String id) {
        Integer position = index.get(id);
        return position == null ? -1 : position;
    }

    /** How many successors id {@code position} has. */
    int successorCount(int position) {
        return offsets[position + 1] - offsets[position];
    }

    /** Its {@code n}th successor: edge targets first, then members (of a group), then jump targets. */
    int successor(int position, int n) {
        return targets[offsets[position] + n];
    }

    /** Whether id {@code from} leads directly to id {@code to}. */
    boolean leadsTo(int from, int to) {
        for (int i = offsets[from]; i < offsets[from + 1]; i++) {
            if (targets[i] == to) {
                return true;
            }
        }
        return false;
    }

    /** The ids reachable from {@code start} (itself included), as numbers. */
    BitSet reachableFrom(int start) {
        BitSet reached = new BitSet(ids.size());
        int[] pending = new int[Math.max(1, ids.size())];
        int count = 0;
        reached.set(start);
        pending[count++] = start;
        while (count > 0) {
            int current = pending[--count];
            for (int i = offsets[current]; i < offsets[current + 1]; i++) {
                int next = targets[i];
                if (!reached.get(next)) {
                    reached.set(next);
                    pending[count++] = next;
                }
            }
        }
        return reached;
    }

    /** Whether some edge enters id {@code position}. */
    boolean isEnteredByEdge(int position) {
        return enteredByEdge.get(position);
    }

    /** Whether id {@code position} is a member of some group. */
    boolean isMember(int position) {
        return member.get(position);
    }

    /** Successor pairs collected in insertion order, then compressed with duplicates dropped. */
    private static final class SuccessorTable {
        private final int size;
        private int[] from = NONE;
        private int[] to = NONE;
        private int count;

        SuccessorTable(int size) {
            this.size = size;
        }

        void add(int source, int target) {
            if (count == from.length) {
                int capacity = Math.max(16, count * 2);
                from = java.util.Arrays.copyOf(from, capacity);
                to = java.util.Arrays.copyOf(to, capacity);
            }
            from[count] = source;
            to[count] = target;
            count++;
        }

        /** Fills {@code offsets} and returns the targets, each row in insertion order without repeats. */
        int[] compress(int[] offsets) {
            int[] degree = new int[size + 1];
            for (int i = 0; i < count; i++) {
                degree[from[i] + 1]++;
            }
            for (int i = 0; i < size; i++) {
                degree[i + 1] += degree[i];
            }
            int[] fill = java.util.Arrays.copyOf(degree, size);
            int[] rows = new int[count];
            for (int i = 0; i < count; i++) {
                rows[fill[from[i]]++] = to[i];
            }
            int[] seen = new int[size];
            java.util.Arrays.fill(seen, -1);
            int kept = 0;
            for (int source = 0; source < size; source++) {
                offsets[source] = kept;
                for (int i = degree[source]; i < degree[source + 1]; i++) {
                    int target = rows[i];
                    if (seen[target] != source) {
                        seen[target] = source;
                        rows[kept++] = target;
                    }
                }
            }
            offsets[size] = kept;
            return kept == rows.length ? rows : java.util.Arrays.copyOf(rows, kept);
        }
    }
}
