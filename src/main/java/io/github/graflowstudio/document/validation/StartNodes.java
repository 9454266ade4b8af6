package io.github.graflowstudio.document.validation;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the start node of a document: its {@code start} field if set (it must exist), otherwise
 * the single node or group that has no predecessor. A predecessor is an incoming edge or a jump
 * from another node's config (a branch target is never a start). When several candidates remain,
 * members of parallel groups are left out (as Graflow's {@code get_start_nodes}). Zero or several
 * candidates is a problem listing them. Stateless and thread-safe.
 */
public final class StartNodes {
    private StartNodes() {
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
        for (String id : graph.ids()) {
            if (!graph.edgeTargetIds().contains(id) && !graph.jumpTargetIds().contains(id)) {
                candidates.add(id);
            }
        }
        if (candidates.size() > 1) {
            List<String> withoutMembers = candidates.stream().filter(id -> !graph.memberIds().contains(id)).toList();
            if (!withoutMembers.isEmpty()) {
                candidates = withoutMembers;
            }
        }
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
