package io.github.graflowstudio.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses group policies from their canonical serialisable form. Stateless and thread-safe. */
public final class GroupPolicies {
    private GroupPolicies() {
    }

    /**
     * The policy for a canonical form: {@code "strict"}, {@code "best_effort"},
     * {@code {"type":"at_least_n","min_success":n}} (or {@code "n"}),
     * {@code {"type":"critical","critical_task_ids":[...]}} (or {@code "critical"}),
     * {@code {"type":"strict"}}, {@code {"type":"best_effort"}}.
     *
     * @throws IllegalArgumentException for an unknown form
     */
    public static GroupPolicy fromCanonicalForm(Object form) {
        if (form == null || "strict".equals(form)) {
            return GroupPolicy.strict();
        }
        if ("best_effort".equals(form)) {
            return GroupPolicy.bestEffort();
        }
        if (form instanceof Map<?, ?> map) {
            Object type = map.get("type");
            if ("strict".equals(type)) {
                return GroupPolicy.strict();
            }
            if ("best_effort".equals(type)) {
                return GroupPolicy.bestEffort();
            }
            if ("at_least_n".equals(type)) {
                Object n = map.containsKey("min_success") ? map.get("min_success") : map.get("n");
                if (n instanceof Number number) {
                    return GroupPolicy.atLeast(number.intValue());
                }
                throw new IllegalArgumentException("at_least_n policy needs a number 'n', got " + n);
            }
            if ("critical".equals(type)) {
                Object ids = map.containsKey("critical_task_ids") ? map.get("critical_task_ids") : map.get("critical");
                if (ids instanceof List<?> list) {
                    List<String> critical = new ArrayList<>();
                    for (Object id : list) {
                        critical.add(String.valueOf(id));
                    }
                    return GroupPolicy.critical(critical);
                }
                throw new IllegalArgumentException("critical policy needs a list of task ids, got " + ids);
            }
        }
        throw new IllegalArgumentException("Unknown group policy: " + form
                + " (expected strict, best_effort, at_least_n or critical)");
    }
}
