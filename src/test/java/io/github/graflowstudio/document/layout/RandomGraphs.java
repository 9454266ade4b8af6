package io.github.graflowstudio.document.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of layout requests: random sizes and current positions, random edges (cycles,
 * self-loops, parallel edges, edges to groups) and a few groups, some nested.
 */
final class RandomGraphs {
    private RandomGraphs() {
    }

    /**
     * A random request.
     *
     * @param random     the source of randomness (seeded by the caller)
     * @param nodeCount  number of nodes
     * @param edgeCount  number of edges
     * @param groupCount number of groups (each takes a random run of still ungrouped nodes)
     */
    static LayoutRequest generate(Random random, int nodeCount, int edgeCount, int groupCount) {
        List<LayoutNode> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(new LayoutNode("n" + i, 60 + random.nextInt(140), 30 + random.nextInt(70),
                    random.nextInt(2000), random.nextInt(2000)));
        }
        List<LayoutGroup> groups = new ArrayList<>();
        int next = 0;
        for (int g = 0; g < groupCount && next < nodeCount; g++) {
            int size = 1 + random.nextInt(Math.max(1, Math.min(12, nodeCount / (groupCount + 1))));
            List<String> members = new ArrayList<>();
            for (int i = 0; i < size && next < nodeCount; i++) {
                members.add("n" + next++);
            }
            if (g > 0 && random.nextInt(4) == 0) {
                members.add("g" + (g - 1)); // nest the previous group
            }
            groups.add(new LayoutGroup("g" + g, members));
        }
        List<String> endpoints = new ArrayList<>();
        nodes.forEach(node -> endpoints.add(node.id()));
        List<LayoutEdge> edges = new ArrayList<>();
        for (int e = 0; e < edgeCount; e++) {
            String from;
            String to;
            if (!groups.isEmpty() && random.nextInt(20) == 0) {
                from = groups.get(random.nextInt(groups.size())).id();
                to = endpoints.get(random.nextInt(endpoints.size()));
            } else if (random.nextInt(30) == 0) {
                from = endpoints.get(random.nextInt(endpoints.size()));
                to = from; // self-loop
            } else if (random.nextInt(3) == 0) {
                from = endpoints.get(random.nextInt(endpoints.size()));
                to = endpoints.get(random.nextInt(endpoints.size())); // anything: back edges, cycles
            } else {
                // mostly forward, so that there is a flow to lay out
                int a = random.nextInt(nodeCount);
                int b = Math.min(nodeCount - 1, a + 1 + random.nextInt(5));
                from = "n" + a;
                to = "n" + b;
            }
            edges.add(random.nextBoolean() ? new LayoutEdge(from, to) : new LayoutEdge(to, from));
        }
        return new LayoutRequest(nodes, edges, groups);
    }
}
