package io.github.graflowstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Edges of the task graph, checked against a plain model, at small and at large degrees. */
class TaskGraphTest {

    @Test
    void edgesBehaveLikeAnOrderedModelUnderRandomAddsAndRemoves() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int nodeCount = 2 + random.nextInt(seed % 2 == 0 ? 6 : 60);
            TaskGraph graph = new TaskGraph();
            Map<String, List<String>> successors = new LinkedHashMap<>();
            Map<String, List<String>> predecessors = new LinkedHashMap<>();
            for (int i = 0; i < nodeCount; i++) {
                graph.addNode(Tasks.noop("n" + i));
                successors.put("n" + i, new ArrayList<>());
                predecessors.put("n" + i, new ArrayList<>());
            }
            int edges = 0;
            for (int op = 0; op < 2000; op++) {
                // a skewed choice of source, so that some nodes get many more edges than the set threshold
                String from = "n" + (random.nextInt(3) == 0 ? 0 : random.nextInt(nodeCount));
                String to = "n" + random.nextInt(nodeCount);
                if (random.nextInt(4) != 0) {
                    graph.addEdge(from, to);
                    if (!successors.get(from).contains(to)) {
                        successors.get(from).add(to);
                        predecessors.get(to).add(from);
                        edges++;
                    }
                } else {
                    graph.removeEdge(from, to);
                    if (successors.get(from).remove(to)) {
                        predecessors.get(to).remove(from);
                        edges--;
                    }
                }
                assertEquals(edges, graph.edgeCount(), "seed " + seed + " op " + op);
                assertEquals(successors.get(from), graph.successors(from), "seed " + seed + " op " + op);
                assertEquals(predecessors.get(to), graph.predecessors(to), "seed " + seed + " op " + op);
            }
            List<List<String>> expectedEdges = new ArrayList<>();
            successors.forEach((from, targets) -> targets.forEach(to -> expectedEdges.add(List.of(from, to))));
            List<List<String>> actualEdges = new ArrayList<>();
            graph.edges().forEach(edge -> actualEdges.add(List.of(edge)));
            assertEquals(expectedEdges, actualEdges, "seed " + seed);
            TaskGraph copy = graph.copy();
            for (String id : successors.keySet()) {
                assertEquals(successors.get(id), copy.successors(id), "copy, seed " + seed);
                assertEquals(Set.copyOf(predecessors.get(id)), Set.copyOf(copy.predecessors(id)),
                        "copy (its edges are re-added by source, so predecessors may come in another order), seed " + seed);
            }
        }
    }

    @Test
    void aHugeFanOutIgnoresRepeatedEdgesAndKeepsItsOrder() {
        int members = 5_000;
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.noop("src"));
        graph.addNode(Tasks.noop("sink"));
        for (int i = 0; i < members; i++) {
            graph.addNode(Tasks.noop("m" + i));
        }
        for (int i = 0; i < members; i++) {
            graph.addEdge("src", "m" + i);
            graph.addEdge("m" + i, "sink");
        }
        for (int i = 0; i < members; i += 7) {
            graph.addEdge("src", "m" + i);
            graph.addEdge("m" + i, "sink");
        }
        graph.removeEdge("src", "m10");
        graph.addEdge("src", "m10");

        assertEquals(2 * members, graph.edgeCount());
        List<String> successors = graph.successors("src");
        assertEquals(members, successors.size());
        assertEquals("m0", successors.get(0));
        assertEquals("m11", successors.get(10), "m10 was removed and added again at the end");
        assertEquals("m10", successors.get(members - 1));
        assertEquals(members, graph.predecessors("sink").size());
        assertEquals("m" + (members - 1), graph.predecessors("sink").get(members - 1));
    }

    @Test
    void successorListsAreSnapshotsThatLaterEditsDoNotChange() {
        TaskGraph graph = new TaskGraph();
        for (String id : List.of("a", "b", "c", "d")) {
            graph.addNode(Tasks.noop(id));
        }
        graph.addEdge("a", "b");
        graph.addEdge("a", "c");
        List<String> before = graph.successors("a");

        graph.addEdge("a", "d");
        graph.removeEdge("a", "b");

        assertEquals(List.of("b", "c"), before);
        assertEquals(List.of("c", "d"), graph.successors("a"));
        assertThrows(UnsupportedOperationException.class, () -> before.add("x"));
        assertThrows(IndexOutOfBoundsException.class, () -> before.get(2));
        assertEquals(List.of("a", "b"), graph.startNodes(), "b lost its only predecessor");
    }
}
