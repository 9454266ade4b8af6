package io.github.graflowstudio.document.validation;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.ConfigField;
import io.github.graflowstudio.document.kinds.FieldType;
import io.github.graflowstudio.document.kinds.TaskKind;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Id rules: {@code BLANK_ID}, {@code DUPLICATE_ID}, and {@code UNKNOWN_REFERENCE} for edges,
 * group members, critical ids and config node-id fields (the start is checked by
 * {@link StartNodes}). Stateless and thread-safe.
 */
final class IdentityRules {
    private IdentityRules() {
    }

    static void check(WorkflowDocument document, TaskKinds kinds, List<ValidationProblem> problems) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        List<WorkflowNode> nodes = document.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            countId(nodes.get(i).id(), "nodes[" + i + "]", uses, problems);
        }
        List<WorkflowGroup> groups = document.groups();
        for (int i = 0; i < groups.size(); i++) {
            countId(groups.get(i).id(), "groups[" + i + "]", uses, problems);
        }
        uses.forEach((id, count) -> {
            if (count > 1) {
                problems.add(ValidationProblem.error(ProblemCode.DUPLICATE_ID, id,
                        "id '" + id + "' is used by " + count + " nodes or groups",
                        "Rename all but one of them; ids must be unique among nodes and groups."));
            }
        });
        for (WorkflowEdge edge : document.edges()) {
            for (String end : List.of(edge.from(), edge.to())) {
                if (!document.hasId(end)) {
                    String other = end.equals(edge.from()) ? edge.to() : edge.from();
                    problems.add(ValidationProblem.error(ProblemCode.UNKNOWN_REFERENCE,
                            document.hasId(other) ? other : null,
                            "edge " + edge + ": '" + end + "' does not exist",
                            "Delete the edge or create '" + end + "'."));
                }
            }
        }
        for (WorkflowGroup group : groups) {
            for (String member : group.members()) {
                if (!document.hasId(member)) {
                    problems.add(ValidationProblem.error(ProblemCode.UNKNOWN_REFERENCE, group.id(),
                            "group '" + group.id() + "': member '" + member + "' does not exist",
                            "Remove '" + member + "' from the group or create it."));
                }
            }
            for (String critical : group.policy().criticalIds()) {
                if (!document.hasId(critical)) {
                    problems.add(ValidationProblem.error(ProblemCode.UNKNOWN_REFERENCE, group.id(),
                            "group '" + group.id() + "': critical id '" + critical + "' does not exist",
                            "Remove '" + critical + "' from the critical ids or use a member's id."));
                }
            }
        }
        for (WorkflowNode node : nodes) {
            TaskKind kind = kinds.find(node.kind()).orElse(null);
            if (kind != null) {
                checkConfigReferences(document, node, kind, problems);
            }
        }
    }

    private static void countId(String id, String position, Map<String, Integer> uses,
                                List<ValidationProblem> problems) {
        if (id.isBlank()) {
            problems.add(ValidationProblem.error(ProblemCode.BLANK_ID, id, position + " has a blank id",
                    "Give it a non-blank id."));
            return;
        }
        uses.merge(id, 1, Integer::sum);
    }

    private static void checkConfigReferences(WorkflowDocument document, WorkflowNode node, TaskKind kind,
                                              List<ValidationProblem> problems) {
        for (ConfigField field : kind.fields()) {
            if (field.type() == FieldType.NODE_ID && node.config().get(field.name()) instanceof String target
                    && !target.isBlank() && !document.hasId(target)) {
                problems.add(new ValidationProblem(Severity.ERROR, ProblemCode.UNKNOWN_REFERENCE, node.id(),
                        field.name(), "node '" + node.id() + "': field '" + field.name() + "' names '" + target
                        + "', which does not exist", "Pick an existing node for '" + field.name() + "'."));
            }
        }
    }
}
