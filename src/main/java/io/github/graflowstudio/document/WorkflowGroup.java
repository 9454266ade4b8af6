package io.github.graflowstudio.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parallel group: a barrier node that runs its members (each with its own successors) and
 * judges them with a policy. Its id may be used in edges like a node id. Immutable and
 * thread-safe.
 *
 * @param id      the group's id (unique among nodes and groups)
 * @param members member node (or group) ids, in order
 * @param policy  how member results are judged ({@code strict} when {@code null} is given)
 * @param extra   unknown fields, kept on save
 */
public record WorkflowGroup(String id, List<String> members, GroupPolicySpec policy, Map<String, Object> extra) {
    /** The JSON field names this record models. */
    public static final Set<String> FIELDS = Set.of("id", "members", "policy");

    /** Checks for nulls, copies the members and freezes the extra fields. */
    public WorkflowGroup {
        ModelChecks.required(id, "group id");
        members = List.copyOf(members);
        policy = policy == null ? GroupPolicySpec.strict() : policy;
        extra = ModelChecks.extra(extra, FIELDS, "group '" + id + "'");
    }

    /** A strict group without extra fields. */
    public static WorkflowGroup of(String id, List<String> members) {
        return new WorkflowGroup(id, members, GroupPolicySpec.strict(), Map.of());
    }

    /** A group with a policy and without extra fields. */
    public static WorkflowGroup of(String id, List<String> members, GroupPolicySpec policy) {
        return new WorkflowGroup(id, members, policy, Map.of());
    }

    /** A copy with another id. */
    public WorkflowGroup withId(String newId) {
        return new WorkflowGroup(newId, members, policy, extra);
    }

    /** A copy with other members. */
    public WorkflowGroup withMembers(List<String> newMembers) {
        return new WorkflowGroup(id, newMembers, policy, extra);
    }

    /** A copy with another policy. */
    public WorkflowGroup withPolicy(GroupPolicySpec newPolicy) {
        return new WorkflowGroup(id, members, newPolicy, extra);
    }

    /** A copy with other extra fields. */
    public WorkflowGroup withExtra(Map<String, Object> newExtra) {
        return new WorkflowGroup(id, members, policy, newExtra);
    }

    /** A copy with {@code oldId} renamed wherever it appears (own id, members, critical ids). */
    public WorkflowGroup renamed(String oldId, String newId) {
        List<String> renamedMembers = new ArrayList<>(members);
        renamedMembers.replaceAll(member -> member.equals(oldId) ? newId : member);
        return new WorkflowGroup(id.equals(oldId) ? newId : id, renamedMembers, policy.renamed(oldId, newId), extra);
    }

    /** A copy without {@code memberId} in the members and critical ids. */
    public WorkflowGroup withoutMember(String memberId) {
        List<String> kept = new ArrayList<>(members);
        kept.removeIf(memberId::equals);
        return new WorkflowGroup(id, kept, policy.without(memberId), extra);
    }
}
