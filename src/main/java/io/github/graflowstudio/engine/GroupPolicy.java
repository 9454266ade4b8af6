package io.github.graflowstudio.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How a parallel group judges its members' results (Graflow's group execution policies).
 * Built-ins: {@link #strict()}, {@link #bestEffort()}, {@link #atLeast(int)},
 * {@link #critical(List)}; custom policies implement {@link #evaluate}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface GroupPolicy {

    /** The policy's name, e.g. {@code strict}, {@code at_least_2}. */
    String name();

    /** The canonical serialisable form: {@code "strict"}, {@code {"type":"at_least_n","min_success":2}}, ... */
    Object canonicalForm();

    /**
     * Judges the results; throws when the group fails.
     *
     * @param groupId the group's id
     * @param results one result per member, in member order
     * @throws ParallelGroupException when the policy says the group failed
     */
    void evaluate(String groupId, List<TaskResult> results);

    /** Checks that the policy fits the members (e.g. critical ids are members). */
    default void validate(String groupId, List<String> members) {
    }

    /** Any failure fails the group. */
    static GroupPolicy strict() {
        return Strict.INSTANCE;
    }

    /** Failures are logged in the join event; the group succeeds. */
    static GroupPolicy bestEffort() {
        return BestEffort.INSTANCE;
    }

    /** At least {@code n} members must succeed. */
    static GroupPolicy atLeast(int n) {
        return new AtLeastN(n);
    }

    /** Fails only if one of the critical members failed. */
    static GroupPolicy critical(List<String> criticalIds) {
        return new Critical(criticalIds);
    }

    /**
     * The policy for a canonical form (Graflow's {@code resolve_group_policy}): {@code "strict"},
     * {@code "best_effort"} (names are case-insensitive), {@code {"type":"critical",
     * "critical_task_ids":[...]}}, {@code {"type":"at_least_n","min_success":n}},
     * {@code {"type":"__custom__","policy":<GroupPolicy>}}, or a policy instance itself.
     *
     * @throws IllegalArgumentException for an unknown name or a malformed form, with Graflow's messages
     */
    static GroupPolicy fromCanonical(Object form) {
        if (form instanceof GroupPolicy policy) {
            return policy;
        }
        if (form instanceof String name) {
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "strict":
                    return strict();
                case "best_effort":
                    return bestEffort();
                default:
                    throw new IllegalArgumentException("Unknown group execution policy '" + name
                            + "'. Available policies: ['at_least_n', 'best_effort', 'critical', 'strict']");
            }
        }
        if (form instanceof Map<?, ?> map) {
            if (!(map.get("type") instanceof String type)) {
                throw new IllegalArgumentException("Serialized policy must include a string 'type' field");
            }
            switch (type.toLowerCase(java.util.Locale.ROOT)) {
                case "critical":
                    if (!(map.get("critical_task_ids") instanceof List<?> ids)) {
                        throw new IllegalArgumentException("'critical_task_ids' must be provided as a list");
                    }
                    List<String> critical = new ArrayList<>();
                    for (Object id : ids) {
                        critical.add(String.valueOf(id));
                    }
                    return critical(critical);
                case "at_least_n":
                    Object min = map.get("min_success");
                    if (!(min instanceof Integer || min instanceof Long || min instanceof Short || min instanceof Byte)) {
                        throw new IllegalArgumentException("'min_success' must be provided as an integer");
                    }
                    return atLeast(((Number) min).intValue());
                case "strict":
                    return strict();
                case "best_effort":
                    return bestEffort();
                case "__custom__":
                    if (!(map.get("policy") instanceof GroupPolicy custom)) {
                        throw new IllegalArgumentException(
                                "Serialized custom policy must include a GroupPolicy instance");
                    }
                    return custom;
                default:
                    throw new IllegalArgumentException("Unknown serialized group execution policy '"
                            + type.toLowerCase(java.util.Locale.ROOT) + "'.");
            }
        }
        throw new IllegalArgumentException("Unsupported policy specification type: "
                + (form == null ? "null" : form.getClass().getName()));
    }

    /** Splits results into failed (id to message, "Unknown error" if none) and successful ids. */
    private static void split(List<TaskResult> results, Map<String, String> failed, List<String> succeeded) {
        for (TaskResult result : results) {
            if (result.success()) {
                succeeded.add(result.taskId());
            } else {
                failed.put(result.taskId(), result.errorMessage() == null ? "Unknown error" : result.errorMessage());
            }
        }
    }

    /** Python's {@code repr} of a list of strings, e.g. {@code ['a', 'b']} (Graflow puts it in messages). */
    static String pythonList(List<String> items) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            String item = items.get(i);
            char quote = item.indexOf('\'') >= 0 && item.indexOf('"') < 0 ? '"' : '\'';
            text.append(quote);
            for (int c = 0; c < item.length(); c++) {
                char ch = item.charAt(c);
                if (ch == '\\' || ch == quote) {
                    text.append('\\');
                }
                text.append(ch);
            }
            text.append(quote);
        }
        return text.append(']').toString();
    }

    /** Graflow's {@code StrictGroupPolicy}. */
    final class Strict implements GroupPolicy {
        static final Strict INSTANCE = new Strict();

        @Override
        public String name() {
            return "strict";
        }

        @Override
        public Object canonicalForm() {
            return "strict";
        }

        @Override
        public void evaluate(String groupId, List<TaskResult> results) {
            Map<String, String> failed = new LinkedHashMap<>();
            List<String> succeeded = new ArrayList<>();
            split(results, failed, succeeded);
            if (!failed.isEmpty()) {
                throw new ParallelGroupException("Parallel group " + groupId + " failed: " + failed.size()
                        + " task(s) failed", groupId, failed, succeeded);
            }
        }
    }

    /** Graflow's {@code BestEffortGroupPolicy}. */
    final class BestEffort implements GroupPolicy {
        static final BestEffort INSTANCE = new BestEffort();

        @Override
        public String name() {
            return "best_effort";
        }

        @Override
        public Object canonicalForm() {
            return "best_effort";
        }

        @Override
        public void evaluate(String groupId, List<TaskResult> results) {
            // failures are reported by the GroupJoined event, never thrown
        }
    }

    /**
     * Graflow's {@code AtLeastNGroupPolicy}: fails with {@code "Only k/n tasks succeeded in group <id>"}.
     *
     * @param minSuccess the number of members that must succeed (0 accepts any outcome)
     */
    record AtLeastN(int minSuccess) implements GroupPolicy {
        /** Validates n. */
        public AtLeastN {
            if (minSuccess < 0) {
                throw new IllegalArgumentException("min_success must be non-negative, was " + minSuccess);
            }
        }

        @Override
        public String name() {
            return "at_least_" + minSuccess;
        }

        @Override
        public Object canonicalForm() {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("type", "at_least_n");
            form.put("min_success", minSuccess);
            return form;
        }

        @Override
        public void validate(String groupId, List<String> members) {
            if (minSuccess > members.size()) {
                throw new IllegalArgumentException("min_success (" + minSuccess + ") cannot exceed number of tasks ("
                        + members.size() + ") in group " + groupId);
            }
        }

        @Override
        public void evaluate(String groupId, List<TaskResult> results) {
            Map<String, String> failed = new LinkedHashMap<>();
            List<String> succeeded = new ArrayList<>();
            split(results, failed, succeeded);
            if (succeeded.size() < minSuccess) {
                throw new ParallelGroupException("Only " + succeeded.size() + "/" + minSuccess
                        + " tasks succeeded in group " + groupId, groupId, failed, succeeded);
            }
        }
    }

    /**
     * Graflow's {@code CriticalGroupPolicy}: fails with {@code "Critical tasks failed: ['a']"} when a
     * critical member failed; the exception's failed tasks are the failed critical members only.
     *
     * @param criticalIds the members whose failure fails the group (kept sorted)
     */
    record Critical(List<String> criticalIds) implements GroupPolicy {
        /** Sorts and copies the ids. */
        public Critical {
            if (criticalIds == null || criticalIds.isEmpty()) {
                throw new IllegalArgumentException("critical_task_ids must contain at least one task id");
            }
            criticalIds = List.copyOf(new TreeSet<>(criticalIds));
        }

        @Override
        public String name() {
            return "critical";
        }

        @Override
        public Object canonicalForm() {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("type", "critical");
            form.put("critical_task_ids", criticalIds);
            return form;
        }

        @Override
        public void validate(String groupId, List<String> members) {
            List<String> missing = new ArrayList<>();
            for (String id : criticalIds) {
                if (!members.contains(id)) {
                    missing.add(id);
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("Critical task ids " + pythonList(missing)
                        + " are not part of parallel group " + groupId);
            }
        }

        @Override
        public void evaluate(String groupId, List<TaskResult> results) {
            Map<String, String> failed = new LinkedHashMap<>();
            List<String> succeeded = new ArrayList<>();
            split(results, failed, succeeded);
            Map<String, String> criticalFailed = new LinkedHashMap<>();
            for (String id : criticalIds) {
                if (failed.containsKey(id)) {
                    criticalFailed.put(id, failed.get(id));
                }
            }
            if (!criticalFailed.isEmpty()) {
                throw new ParallelGroupException("Critical tasks failed: " + pythonList(new ArrayList<>(criticalFailed.keySet())),
                        groupId, criticalFailed, succeeded);
            }
        }
    }
}
