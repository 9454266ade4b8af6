package io.github.graflowstudio.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parallel group's policy as written in the document: {@code {"type":"strict"}},
 * {@code {"type":"best_effort"}}, {@code {"type":"at_least_n","n":2}} or
 * {@code {"type":"critical","critical":["a"]}}. The record keeps whatever the file says (an
 * unknown type included); the validator reports what does not make sense. Immutable and
 * thread-safe.
 *
 * @param type     the policy type
 * @param n        for {@code at_least_n}: members that must succeed, else usually {@code null}
 * @param critical for {@code critical}: the critical member ids, else usually {@code null}
 * @param extra    unknown fields, kept on save
 */
public record GroupPolicySpec(String type, Integer n, List<String> critical, Map<String, Object> extra) {
    /** {@code strict}: any failing member fails the group. */
    public static final String STRICT = "strict";
    /** {@code best_effort}: failures are reported, the group succeeds. */
    public static final String BEST_EFFORT = "best_effort";
    /** {@code at_least_n}: at least {@code n} members must succeed. */
    public static final String AT_LEAST_N = "at_least_n";
    /** {@code critical}: the group fails only if a critical member fails. */
    public static final String CRITICAL = "critical";
    /** The policy types the engine knows. */
    public static final List<String> TYPES = List.of(STRICT, BEST_EFFORT, AT_LEAST_N, CRITICAL);
    /** The JSON field names this record models. */
    public static final Set<String> FIELDS = Set.of("type", "n", "critical");

    /** Checks the type and copies the lists. */
    public GroupPolicySpec {
        ModelChecks.required(type, "policy type");
        critical = critical == null ? null : List.copyOf(critical);
        extra = ModelChecks.extra(extra, FIELDS, "policy");
    }

    /** The strict policy. */
    public static GroupPolicySpec strict() {
        return new GroupPolicySpec(STRICT, null, null, Map.of());
    }

    /** The best-effort policy. */
    public static GroupPolicySpec bestEffort() {
        return new GroupPolicySpec(BEST_EFFORT, null, null, Map.of());
    }

    /** At least {@code n} members must succeed. */
    public static GroupPolicySpec atLeast(int n) {
        return new GroupPolicySpec(AT_LEAST_N, n, null, Map.of());
    }

    /** Fails only when one of {@code criticalIds} fails. */
    public static GroupPolicySpec critical(List<String> criticalIds) {
        return new GroupPolicySpec(CRITICAL, null, criticalIds, Map.of());
    }

    /** The critical ids, or an empty list. */
    public List<String> criticalIds() {
        return critical == null ? List.of() : critical;
    }

    /** A copy with {@code oldId} renamed in the critical ids. */
    public GroupPolicySpec renamed(String oldId, String newId) {
        if (critical == null || !critical.contains(oldId)) {
            return this;
        }
        List<String> ids = new ArrayList<>(critical);
        ids.replaceAll(id -> id.equals(oldId) ? newId : id);
        return new GroupPolicySpec(type, n, ids, extra);
    }

    /** A copy without {@code id} in the critical ids. */
    public GroupPolicySpec without(String id) {
        if (critical == null || !critical.contains(id)) {
            return this;
        }
        List<String> ids = new ArrayList<>(critical);
        ids.removeIf(id::equals);
        return new GroupPolicySpec(type, n, ids, extra);
    }
}
