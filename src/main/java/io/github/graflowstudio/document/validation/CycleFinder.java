package io.github.graflowstudio.document.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the cycles of a {@link DocumentGraph} as strongly connected components (Kosaraju,
 * iterative over numbered ids, so large documents neither overflow the stack nor allocate per
 * id). Deterministic: components and their members follow the document order of the ids.
 * Stateless and thread-safe.
 */
final class CycleFinder {
    private CycleFinder() {
    }

    /** The components that contain a cycle: two or more ids, or one id that leads to itself. */
    static List<List<String>> cycles(DocumentGraph graph) {
        int size = graph.size();
        int[] finished = finishOrder(graph);
        int[][] backward = backward(graph);
        int[] component = new int[size];
        Arrays.fill(component, -1);
        int[] pending = new int[Math.max(1, size)];
        int[] members = new int[Math.max(1, size)];
        List<int[]> found = new ArrayList<>();
        int components = 0;
        for (int i = size - 1; i >= 0; i--) {
            int root = finished[i];
            if (component[root] >= 0) {
                continue;
            }
            int count = 0;
            int stack = 0;
            pending[stack++] = root;
            component[root] = components;
            while (stack > 0) {
                int id = pending[--stack];
                members[count++] = id;
                for (int previous : backward[id]) {
                    if (component[previous] < 0) {
                        component[previous] = components;
                        pending[stack++] = previous;
                    }
                }
            }
            components++;
            if (count > 1 || graph.leadsTo(root, root)) {
                int[] cycle = Arrays.copyOf(members, count);
                Arrays.sort(cycle);
                found.add(cycle);
            }
        }
        found.sort((left, right) -> Integer.compare(left[0], right[0]));
        List<List<String>> cycles = new ArrayList<>(found.size());
        for (int[] cycle : found) {
            List<String> named = new ArrayList<>(cycle.length);
            for (int id : cycle) {
                named.add(graph.id(id));
            }
            cycles.add(named);
        }
        return cycles;
    }

    /** Predecessor lists, each in ascending order of the predecessor. */
    private static int[][] backward(DocumentGraph graph) {
        int size = graph.size();
        int[] degree = new int[size];
        for (int id = 0; id < size; id++) {
            for (int n = 0; n < graph.successorCount(id); n++) {
                degree[graph.successor(id, n)]++;
            }
        }
        int[][] backward = new int[size][];
        for (int id = 0; id < size; id++) {
            backward[id] = new int[degree[id]];
            degree[id] = 0;
        }
        for (int id = 0; id < size; id++) {
            for (int n = 0; n < graph.successorCount(id); n++) {
                int next = graph.successor(id, n);
                backward[next][degree[next]++] = id;
            }
        }
        return backward;
    }

    /** Ids in the order a depth-first search over the successors finishes them. */
    private static int[] finishOrder(DocumentGraph graph) {
        int size = graph.size();
        int[] finished = new int[size];
        int finishedCount = 0;
        boolean[] visited = new boolean[size];
        int[] nodes = new int[Math.max(1, size)];
        int[] next = new int[Math.max(1, size)];
        for (int start = 0; start < size; start++) {
            if (visited[start]) {
                continue;
            }
            visited[start] = true;
            int depth = 0;
            nodes[depth] = start;
            next[depth] = 0;
            depth++;
            while (depth > 0) {
                int id = nodes[depth - 1];
                int position = next[depth - 1];
                if (position < graph.successorCount(id)) {
                    next[depth - 1] = position + 1;
                    int successor = graph.successor(id, position);
                    if (!visited[successor]) {
                        visited[successor] = true;
                        nodes[depth] = successor;
                        next[depth] = 0;
                        depth++;
                    }
                } else {
                    depth--;
                    finished[finishedCount++] = id;
                }
            }
        }
        return finished;
    }
}
