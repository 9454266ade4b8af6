package io.github.graflowstudio.engine;

import java.util.List;

/**
 * A barrier node: running it runs every member (and each member's own successors) in a branch
 * context on the engine's executor, waits for all of them, merges the successful branches and
 * applies the {@link GroupPolicy}. Groups are the only join construct, as in Graflow.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParallelGroup implements Task {
    private final String id;
    private final List<String> memberIds;
    private final GroupPolicy policy;
    private final TaskOptions options;

    /**
     * Makes a group.
     *
     * @param id        the group's node id
     * @param memberIds member task ids, at least one, no duplicates
     * @param policy    how member results are judged
     */
    public ParallelGroup(String id, List<String> memberIds, GroupPolicy policy) {
        this(id, memberIds, policy, TaskOptions.DEFAULTS);
    }

    /** Makes a group with task options (retries apply to the group as a whole). */
    public ParallelGroup(String id, List<String> memberIds, GroupPolicy policy, TaskOptions options) {
        this.id = TaskIds.requireValid(id);
        if (memberIds.isEmpty()) {
            throw new IllegalArgumentException("Parallel group '" + id + "' needs at least one member");
        }
        if (memberIds.stream().distinct().count() != memberIds.size()) {
            throw new IllegalArgumentException("Parallel group '" + id + "' lists a member twice: " + memberIds);
        }
        if (memberIds.contains(id)) {
            throw new IllegalArgumentException("Parallel group '" + id + "' cannot contain itself");
        }
        this.memberIds = List.copyOf(memberIds);
        this.policy = policy == null ? GroupPolicy.strict() : policy;
        this.policy.validate(id, this.memberIds);
        this.options = options;
    }

    @Override
    public String id() {
        return id;
    }

    /** Member ids in order. */
    public List<String> memberIds() {
        return memberIds;
    }

    /** The group's policy. */
    public GroupPolicy policy() {
        return policy;
    }

    /** A copy with other members (same id and policy). */
    public ParallelGroup withMembers(List<String> members) {
        return new ParallelGroup(id, members, policy, options);
    }

    /** A copy with another policy. */
    public ParallelGroup withPolicy(GroupPolicy newPolicy) {
        return new ParallelGroup(id, memberIds, newPolicy, options);
    }

    @Override
    public TaskOptions options() {
        return options;
    }

    /** Groups are run by the engine itself ({@link WorkflowEngine}); calling this is an error. */
    @Override
    public Object run(TaskContext context) {
        throw new IllegalStateException("Parallel group '" + id + "' is run by the engine, not directly");
    }

    @Override
    public TaskReference reference() {
        return new TaskReference.Group(memberIds, policy.canonicalForm());
    }

    @Override
    public String toString() {
        return "ParallelGroup[" + id + " " + memberIds + " " + policy.name() + "]";
    }
}
