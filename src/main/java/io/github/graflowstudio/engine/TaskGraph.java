package io.github.graflowstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A directed task graph: nodes are {@link Task}s keyed by id (insertion order kept), edges keep
 * insertion order, cycles are allowed. The graph is the <em>single owner</em> of task objects:
 * queues, specs and checkpoints look tasks up here and never make stand-ins.
 *
 * <p>Adding a node or an edge takes amortised constant time, also for a node with a huge number
 * of edges (a fan-out of 100,000 members).
 *
 * <p>Thread-safe: reads on the engine's hot path ({@link #task}, {@link #successors}) are
 * lock-free; mutations (which dynamic tasks make during a run, possibly from parallel branches)
 * are serialised by a lock and publish immutable {@link EdgeList} snapshots.
 */
public final class TaskGraph {
    /** Out-degree from which a node keeps a set of its successors for the duplicate-edge check. */
    private static final int SUCCESSOR_SET_DEGREE = 16;

    private final Object lock = new Object();
    private final Map<String, Node> nodes = new ConcurrentHashMap<>();
    private final LinkedHashMap<String, Node> ordered = new LinkedHashMap<>();
    private volatile int edgeCount;
    private int nextIndex;

    /**
     * One node: the task, its precomputed result key and base id, a dense index (for per-run
     * tables), and its edges (the nodes themselves, so the engine never looks successors up by id).
     */
    static final class Node {
        final String id;
        final int index;
        final String resultKey;
        final String baseId;
        volatile Task task;
        volatile EdgeList successors = EdgeList.EMPTY;
        volatile EdgeList predecessors = EdgeList.EMPTY;
        /** The successors again, once there are many (for the duplicate check); guarded by the graph's lock. */
        Set<Node> successorSet;
        /** The node of {@link #baseId}, once known ({@code this} for an id without iteration suffix). */
        volatile Node base;

        Node(Task task, int index) {
            this.id = task.id();
            this.task = task;
            this.index = index;
            this.resultKey = id + Channel.RESULT_SUFFIX;
            this.resultKey.hashCode(); // computed once here, not on the run's hot path
            this.baseId = TaskIds.baseId(id);
            this.base = baseId.equals(id) ? this : null;
        }
    }

    /** Makes an empty graph. */
    public TaskGraph() {
    }

    /**
     * Adds a task as a node.
     *
     * @throws IllegalArgumentException if another task already has this id
     *         (Graflow's {@code DuplicateTaskError})
     */
    public void addNode(Task task) {
        String id = TaskIds.requireValid(task.id());
        synchronized (lock) {
            if (nodes.containsKey(id)) {
                throw new IllegalArgumentException("Duplicate task id '" + id + "': the graph already has a task with this id");
            }
            Node node = new Node(task, nextIndex++);
            ordered.put(id, node);
            nodes.put(id, node);
        }
    }

    /**
     * Adds the task unless the very same object is already the node for its id.
     *
     * @return {@code true} if added, {@code false} if it was already there
     * @throws IllegalArgumentException if a different task already has the id
     */
    public boolean addNodeIfAbsent(Task task) {
        synchronized (lock) {
            Node existing = nodes.get(task.id());
            if (existing != null) {
                if (existing.task != task) {
                    throw new IllegalArgumentException("Task id '" + task.id()
                            + "' already names another task in the graph");
                }
                return false;
            }
            addNode(task);
            return true;
        }
    }

    /**
     * Replaces the task object of an existing node (same id), keeping its edges. Specs already
     * queued for the id run the new task (they refer to the node, not to the old object).
     *
     * @throws NoSuchElementException if the id is not a node
     */
    public void replaceTask(Task task) {
        synchronized (lock) {
            requireNode(task.id()).task = task;
        }
    }

    /**
     * Adds an edge {@code from -> to}; both must be nodes. A repeated edge is ignored (as in a
     * networkx DiGraph).
     */
    public void addEdge(String from, String to) {
        synchronized (lock) {
            Node source = requireNode(from);
            Node target = requireNode(to);
            if (hasEdge(source, target)) {
                return;
            }
            source.successors = source.successors.with(target);
            if (source.successorSet != null) {
                source.successorSet.add(target);
            } else if (source.successors.count >= SUCCESSOR_SET_DEGREE) {
                source.successorSet = new HashSet<>(Arrays.asList(source.successors.nodes).subList(0, source.successors.count));
            }
            target.predecessors = target.predecessors.with(source);
            edgeCount++;
        }
    }

    /** Removes an edge if present. */
    public void removeEdge(String from, String to) {
        synchronized (lock) {
            Node source = nodes.get(from);
            Node target = nodes.get(to);
            if (source == null || target == null || !hasEdge(source, target)) {
                return;
            }
            source.successors = source.successors.without(target);
            if (source.successorSet != null) {
                source.successorSet.remove(target);
            }
            target.predecessors = target.predecessors.without(source);
            edgeCount--;
        }
    }

    /** Whether the edge exists; called under the lock. */
    private static boolean hasEdge(Node source, Node target) {
        Set<Node> set = source.successorSet;
        return set != null ? set.contains(target) : source.successors.indexOf(target) >= 0;
    }

    /** Whether {@code id} is a node. */
    public boolean hasNode(String id) {
        return id != null && nodes.containsKey(id);
    }

    /**
     * The task the graph holds for {@code id}.
     *
     * @throws NoSuchElementException naming the id and the available nodes
     */
    public Task task(String id) {
        return requireNode(id).task;
    }

    /** The task for {@code id}, or {@code null}. */
    public Task findTask(String id) {
        Node node = id == null ? null : nodes.get(id);
        return node == null ? null : node.task;
    }

    Node node(String id) {
        return nodes.get(id);
    }

    /** The node of {@code node}'s base id, or {@code null} if the base id is not (yet) a node. */
    Node baseOf(Node node) {
        Node base = node.base;
        if (base == null) {
            base = nodes.get(node.baseId);
            if (base != null) {
                node.base = base;
            }
        }
        return base;
    }

    Node requireNode(String id) {
        Node node = id == null ? null : nodes.get(id);
        if (node == null) {
            throw new NoSuchElementException("Node '" + id + "' not found in graph. Available nodes: " + nodeIds());
        }
        return node;
    }

    /** Node ids in insertion order (a snapshot). */
    public List<String> nodeIds() {
        synchronized (lock) {
            return List.copyOf(ordered.keySet());
        }
    }

    /** Tasks in insertion order (a snapshot). */
    public List<Task> tasks() {
        synchronized (lock) {
            List<Task> tasks = new ArrayList<>(ordered.size());
            for (Node node : ordered.values()) {
                tasks.add(node.task);
            }
            return tasks;
        }
    }

    /** Successor ids in edge insertion order (an unmodifiable snapshot). */
    public List<String> successors(String id) {
        return requireNode(id).successors.ids();
    }

    /** Predecessor ids in edge insertion order (an unmodifiable snapshot). */
    public List<String> predecessors(String id) {
        return requireNode(id).predecessors.ids();
    }

    /** All edges as {@code [from, to]} pairs, grouped by source in node order. */
    public List<String[]> edges() {
        synchronized (lock) {
            List<String[]> edges = new ArrayList<>(edgeCount);
            for (Node node : ordered.values()) {
                EdgeList successors = node.successors;
                for (int i = 0; i < successors.count; i++) {
                    edges.add(new String[] {node.task.id(), successors.nodes[i].id});
                }
            }
            return edges;
        }
    }

    /** Number of nodes. */
    public int size() {
        return nodes.size();
    }

    /** Number of edges. */
    public int edgeCount() {
        return edgeCount;
    }

    /** Parallel groups that list {@code id} as a member. */
    public List<ParallelGroup> groupsContaining(String id) {
        List<ParallelGroup> groups = new ArrayList<>();
        for (Task task : tasks()) {
            if (task instanceof ParallelGroup group && group.memberIds().contains(id)) {
                groups.add(group);
            }
        }
        return groups;
    }

    /**
     * Nodes with no predecessors, in node order. When there is more than one, members of
     * parallel groups are left out (as Graflow's {@code get_start_nodes}).
     */
    public List<String> startNodes() {
        List<String> roots = new ArrayList<>();
        List<Task> tasks = tasks();
        for (Task task : tasks) {
            if (nodes.get(task.id()).predecessors.count == 0) {
                roots.add(task.id());
            }
        }
        if (roots.size() > 1) {
            java.util.Set<String> members = new java.util.HashSet<>();
            for (Task task : tasks) {
                if (task instanceof ParallelGroup group) {
                    members.addAll(group.memberIds());
                }
            }
            roots.removeIf(members::contains);
        }
        return roots;
    }

    /** A copy sharing the same task objects (so a branch or a resumed run sees the same owners). */
    public TaskGraph copy() {
        TaskGraph copy = new TaskGraph();
        synchronized (lock) {
            for (Node node : ordered.values()) {
                copy.addNode(node.task);
            }
            for (Node node : ordered.values()) {
                EdgeList successors = node.successors;
                for (int i = 0; i < successors.count; i++) {
                    copy.addEdge(node.task.id(), successors.nodes[i].id);
                }
            }
        }
        return copy;
    }

    /** The ids of all nodes, with each node's successors, for debugging. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("TaskGraph[");
        Collection<String> ids = nodeIds();
        for (String id : ids) {
            text.append(id).append("->").append(successors(id)).append(' ');
        }
        return text.append(']').toString();
    }
}
