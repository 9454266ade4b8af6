package io.github.graflowstudio.document.validation;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.TaskKind;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Control-flow rules (warnings): {@code UNREACHABLE_NODE}, {@code MULTIPLE_INCOMING},
 * {@code DUPLICATE_EDGE}, {@code LOOP_SUCCESSORS} and {@code UNBOUNDED_CYCLE}. Stateless and
 * thread-safe.
 */
final class FlowRules {
    private FlowRules() {
    }

    static void check(WorkflowDocument document, TaskKinds kinds, String start, List<ValidationProblem> problems) {
        DocumentGraph graph = new DocumentGraph(document, kinds);
        if (start != null && graph.indexOf(start) >= 0) {
            checkReachability(graph, start, problems);
        }
        List<List<String>> cycles = CycleFinder.cycles(graph);
        checkIncoming(document, graph, cycles, problems);
        checkDuplicateEdges(document, problems);
        checkLoopSuccessors(document, problems);
        checkCycles(document, kinds, cycles, problems);
    }

    private static void checkReachability(DocumentGraph graph, String start, List<ValidationProblem> problems) {
        BitSet reached = graph.reachableFrom(graph.indexOf(start));
        for (int position = reached.nextClearBit(0); position < graph.size();
             position = reached.nextClearBit(position + 1)) {
            String id = graph.id(position);
            problems.add(ValidationProblem.warning(ProblemCode.UNREACHABLE_NODE, id,
                    "'" + id + "' cannot be reached from the start '" + start + "', so it never runs",
                    "Connect it with an edge, make it a group member or a jump target, or delete it."));
        }
    }

    /**
     * Several predecessors outside the node's own cycle: a join that plain edges do not make. An
     * edge from inside the node's cycle is how a loop comes back, not a join, so it is not counted.
     */
    private static void checkIncoming(WorkflowDocument document, DocumentGraph graph, List<List<String>> cycles,
                                      List<ValidationProblem> problems) {
        Map<String, Integer> cycleOf = new HashMap<>();
        for (int i = 0; i < cycles.size(); i++) {
            for (String id : cycles.get(i)) {
                cycleOf.put(id, i);
            }
        }
        for (String id : graph.ids()) {
            List<WorkflowEdge> incoming = document.incoming(id);
            if (incoming.size() < 2) {
                continue;
            }
            Set<String> sources = new LinkedHashSet<>();
            Integer ownCycle = cycleOf.get(id);
            for (WorkflowEdge edge : incoming) {
                if (ownCycle == null || !ownCycle.equals(cycleOf.get(edge.from()))) {
                    sources.add(edge.from());
                }
            }
            if (sources.size() > 1) {
                problems.add(ValidationProblem.warning(ProblemCode.MULTIPLE_INCOMING, id,
                        "'" + id + "' has " + sources.size() + " incoming edges (from " + String.join(", ", sources)
                                + "): it will run once per predecessor",
                        "Graflow has no join for plain edges: put " + String.join(", ", sources)
                                + " in a parallel group and connect the group to '" + id + "'."));
            }
        }
    }

    /** Edges listed more than once, in the order of their first copy; only sources with several edges are looked at. */
    private static void checkDuplicateEdges(WorkflowDocument document, List<ValidationProblem> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, WorkflowEdge> first = new HashMap<>();
        for (WorkflowEdge edge : document.edges()) {
            if (document.outgoing(edge.from()).size() < 2) {
                continue;
            }
            String key = edge.from() + "\u0000" + edge.to();
            counts.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, edge);
        }
        counts.forEach((key, count) -> {
            if (count > 1) {
                WorkflowEdge edge = first.get(key);
                problems.add(ValidationProblem.warning(ProblemCode.DUPLICATE_EDGE, edge.from(),
                        "edge " + edge + " is listed " + count + " times; it counts once",
                        "Delete the extra copies."));
            }
        });
    }

    private static void checkLoopSuccessors(WorkflowDocument document, List<ValidationProblem> problems) {
        for (WorkflowNode node : document.nodes()) {
            if ("loop".equals(node.kind()) && !document.outgoing(node.id()).isEmpty()) {
                problems.add(ValidationProblem.warning(ProblemCode.LOOP_SUCCESSORS, node.id(),
                        "loop '" + node.id() + "' has outgoing edges: as with Graflow's next_iteration they run "
                                + "after the loop's first iteration, not after the loop",
                        "Use the loop's 'then' field for the node that should run when the loop ends."));
            }
        }
    }

    private static void checkCycles(WorkflowDocument document, TaskKinds kinds, List<List<String>> cycles,
                                    List<ValidationProblem> problems) {
        for (List<String> cycle : cycles) {
            boolean bounded = cycle.stream().anyMatch(id -> canEnd(document, kinds, id));
            if (!bounded) {
                problems.add(ValidationProblem.warning(ProblemCode.UNBOUNDED_CYCLE, cycle.get(0),
                        (cycle.size() == 1 ? "'" + cycle.get(0) + "' leads back to itself"
                                : "nodes " + String.join(", ", cycle) + " form a cycle")
                                + " that nothing ends: it runs until the run's step limit",
                        "Add a branch that jumps out, a loop, a terminate node, or set maxCycles on a node "
                                + "of the cycle."));
            }
        }
    }

    private static boolean canEnd(WorkflowDocument document, TaskKinds kinds, String id) {
        WorkflowNode node = document.node(id).orElse(null);
        if (node == null) {
            return false;
        }
        TaskKind kind = kinds.find(node.kind()).orElse(null);
        if (kind == null) {
            return false;
        }
        return kind.canEndCycle(node.config()) || (node.maxCycles() != null && kind.enforcesMaxCycles());
    }
}
