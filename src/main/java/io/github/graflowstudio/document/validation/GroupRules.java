package io.github.graflowstudio.document.validation;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code INVALID_GROUP}: empty groups, members listed twice, a group containing itself (also
 * through nested groups), unknown policy types, {@code at_least_n} without a possible {@code n},
 * and {@code critical} without critical members. Stateless and thread-safe.
 */
final class GroupRules {
    private GroupRules() {
    }

    static void check(WorkflowDocument document, List<ValidationProblem> problems) {
        for (WorkflowGroup group : document.groups()) {
            String prefix = "group '" + group.id() + "': ";
            if (group.members().isEmpty()) {
                problems.add(invalid(group, prefix + "has no members", "Add members or delete the group."));
            }
            Set<String> seen = new HashSet<>();
            for (String member : group.members()) {
                if (!seen.add(member)) {
                    problems.add(invalid(group, prefix + "member '" + member + "' is listed twice",
                            "List each member once."));
                }
            }
            if (containsItself(document, group)) {
                problems.add(invalid(group, prefix + "contains itself (directly or through nested groups)",
                        "Remove the group from its own members."));
            }
            checkPolicy(document, group, seen.size(), problems);
        }
    }

    private static void checkPolicy(WorkflowDocument document, WorkflowGroup group, int distinctMembers,
                                    List<ValidationProblem> problems) {
        GroupPolicySpec policy = group.policy();
        String prefix = "group '" + group.id() + "': policy " + policy.type() + ": ";
        switch (policy.type()) {
            case GroupPolicySpec.STRICT, GroupPolicySpec.BEST_EFFORT -> {
            }
            case GroupPolicySpec.AT_LEAST_N -> {
                if (policy.n() == null) {
                    problems.add(invalid(group, prefix + "missing 'n'", "Set n to the number of members that must succeed."));
                } else if (policy.n() < 1 || policy.n() > distinctMembers) {
                    problems.add(invalid(group, prefix + "n must be between 1 and the number of members ("
                            + distinctMembers + "), was " + policy.n(), "Lower n or add members."));
                }
            }
            case GroupPolicySpec.CRITICAL -> {
                if (policy.criticalIds().isEmpty()) {
                    problems.add(invalid(group, prefix + "no critical ids", "List the members whose failure fails the group."));
                }
                for (String id : policy.criticalIds()) {
                    if (document.hasId(id) && !group.members().contains(id)) {
                        problems.add(invalid(group, prefix + "critical '" + id + "' is not a member",
                                "Add '" + id + "' to the members or remove it from the critical ids."));
                    }
                }
            }
            default -> problems.add(invalid(group, "group '" + group.id() + "': unknown policy type '"
                    + policy.type() + "'", "Use one of " + GroupPolicySpec.TYPES + "."));
        }
    }

    private static boolean containsItself(WorkflowDocument document, WorkflowGroup group) {
        Set<String> visited = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(group.members());
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            if (id.equals(group.id())) {
                return true;
            }
            if (visited.add(id)) {
                document.group(id).ifPresent(nested -> pending.addAll(nested.members()));
            }
        }
        return false;
    }

    private static ValidationProblem invalid(WorkflowGroup group, String message, String hint) {
        return ValidationProblem.error(ProblemCode.INVALID_GROUP, group.id(), message, hint);
    }
}
