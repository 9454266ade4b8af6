package io.github.graflowstudio.document.validation;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks the start node of a document: its {@code start} field if set (it must exist), otherwise
 * the single node or group without incoming edges. When several such roots remain, those that
 * another root leads to (through edges, a group's membership, or jumps such as a branch's
 * targets) are left out, then members of parallel groups (as Graflow's {@code get_start_nodes}),
 * each time only if a candidate is left. Zero or several candidates is a problem listing them.
 * Stateless and thread-safe.
 */
public final class StartNodes {
    private StartNodes() {
    }

    /** The candidates that another candidate leads to (by edges, jumps or group membership). */
    private static Set<String> reachedFromAnother(DocumentGraph graph, List<String> candidates) {
        Set<String> reached = new HashSet<>();
        if (candidates.size() > 1) {
            for (String candidate : candidates) {
                int start = graph.indexOf(candidate);
                BitSet fromHere = graph.reachableFrom(start);
                fromHere.clear(start);
                for (int position = fromHere.nextSetBit(0); position >= 0; position = fromHere.nextSetBit(position + 1)) {
                    reached.add(graph.id(position));
                }
            }
        }
        return reached;
    }

    /** Leaves out {@code excluded} ids when several candidates remain and at least one would be left. */
    private static List<String> narrow(List<String> candidates, Predicate<String> excluded) {
        if (candidates.size() <= 1) {
            return candidates;
        }
        List<String> kept = candidates.stream().filter(excluded.negate()).toList();
        return kept.isEmpty() ? candidates : kept;
    }

    /** Selects the start with the built-in kinds. */
    public static StartSelection select(WorkflowDocument document) {
        return select(document, TaskKinds.builtIn());
    }

    /** Selects the start; {@code kinds} say which config fields are jumps. */
    public static StartSelection select(WorkflowDocument document, TaskKinds kinds) {
        if (document.start() != null) {
            if (document.hasId(document.start())) {
                return new StartSelection(document.start(), List.of(document.start()), null);
            }
            return new StartSelection(null, List.of(), ValidationProblem.error(ProblemCode.UNKNOWN_REFERENCE, null,
                    "start '" + document.start() + "' does not exist",
                    "Choose an existing node as start, or clear 'start' to use the node without predecessors."));
        }
        DocumentGraph graph = new DocumentGraph(document, kinds);
        List<String> candidates = new ArrayList<>();
        for (int position = 0; position < graph.size(); position++) {
            if (!graph.isEnteredByEdge(position)) {
                candidates.add(graph.id(position));
            }
        }
        candidates = narrow(candidates, reachedFromAnother(graph, candidates)::contains);
        candidates = narrow(candidates, id -> graph.isMember(graph.indexOf(id)));
        if (candidates.size() == 1) {
            return new StartSelection(candidates.get(0), candidates, null);
        }
        if (candidates.isEmpty()) {
            String message = graph.ids().isEmpty() ? "the workflow has no nodes"
                    : "every node has a predecessor, so none can start the workflow";
            return new StartSelection(null, candidates, ValidationProblem.error(ProblemCode.NO_START, null, message,
                    graph.ids().isEmpty() ? "Add a node." : "Set 'start' to the node that should run first."));
        }
        return new StartSelection(null, candidates, ValidationProblem.error(ProblemCode.AMBIGUOUS_START, null,
                "several nodes have no predecessor and could start the workflow: " + candidates,
                "Set 'start' to one of " + candidates + ", or connect the others."));
    }
}
