package io.github.graflowstudio.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The nodes at the other end of one node's outgoing or incoming edges, in edge insertion order:
 * an immutable snapshot that {@link TaskGraph} replaces on every change. Appending is amortised
 * O(1): a snapshot may share its array with the previous one, because an append only writes the
 * slot just past the previous snapshot's {@link #count} (never a slot any published snapshot
 * covers), and a removal always copies.
 *
 * <p>Immutable and thread-safe once published through a volatile field; {@link #with} and
 * {@link #without} must be called under the graph's lock, on the latest snapshot only.
 */
final class EdgeList {
    private static final TaskGraph.Node[] NO_NODES = new TaskGraph.Node[0];
    /** No edges. */
    static final EdgeList EMPTY = new EdgeList(NO_NODES, 0);

    /** The nodes; only the first {@link #count} slots belong to this snapshot. */
    final TaskGraph.Node[] nodes;
    /** Number of edges. */
    final int count;

    private EdgeList(TaskGraph.Node[] nodes, int count) {
        this.nodes = nodes;
        this.count = count;
    }

    /** This list followed by {@code node}. */
    EdgeList with(TaskGraph.Node node) {
        TaskGraph.Node[] array = nodes;
        if (count == array.length) {
            array = Arrays.copyOf(array, count < 4 ? count + 1 : count + (count >> 1));
        }
        array[count] = node;
        return new EdgeList(array, count + 1);
    }

    /** This list without the first occurrence of {@code node} (a fresh array). */
    EdgeList without(TaskGraph.Node node) {
        int at = indexOf(node);
        if (at < 0) {
            return this;
        }
        TaskGraph.Node[] array = new TaskGraph.Node[count - 1];
        System.arraycopy(nodes, 0, array, 0, at);
        System.arraycopy(nodes, at + 1, array, at, count - at - 1);
        return array.length == 0 ? EMPTY : new EdgeList(array, array.length);
    }

    /** The position of {@code node}, or -1 (a linear scan). */
    int indexOf(TaskGraph.Node node) {
        for (int i = 0; i < count; i++) {
            if (nodes[i] == node) {
                return i;
            }
        }
        return -1;
    }

    /** The node ids, as an unmodifiable list backed by this snapshot. */
    List<String> ids() {
        return new Ids(nodes, count);
    }

    /** An unmodifiable view of the ids of a snapshot's nodes. */
    private static final class Ids extends AbstractList<String> implements RandomAccess {
        private final TaskGraph.Node[] nodes;
        private final int count;

        Ids(TaskGraph.Node[] nodes, int count) {
            this.nodes = nodes;
            this.count = count;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= count) {
                throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + count);
            }
            return nodes[index].id;
        }

        @Override
        public int size() {
            return count;
        }
    }
}
