package io.github.graflowstudio.engine;

import java.util.List;
import java.util.Map;

/**
 * A serialisable way to find a task again: what a checkpoint writes as {@code task_data}.
 * Every task has one; a task that cannot be referenced says why ({@link NotSerializable}), so a
 * checkpoint writer can record the reason instead of failing.
 *
 * <p>All implementations are immutable records (config maps are copied) and thread-safe.
 */
public sealed interface TaskReference {

    /** The strategy name written to checkpoints: {@code kind}, {@code reference}, ... */
    String strategy();

    /** Whether a later run can rebuild the task from this reference alone. */
    default boolean serializable() {
        return true;
    }

    /**
     * A built-in task kind with its config (plain JSON-like values: maps, lists, strings,
     * numbers, booleans, null).
     *
     * @param kind   the kind name, e.g. {@code echo}
     * @param config the kind's config
     */
    record Kind(String kind, Map<String, Object> config) implements TaskReference {
        /** Copies the config (an empty one is the shared immutable empty map: most kinds have none). */
        public Kind {
            config = config == null || config.isEmpty() ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
        }

        @Override
        public String strategy() {
            return "kind";
        }
    }

    /**
     * A Java class on the class path that implements {@link TaskBody} (public, no-argument
     * constructor), in the spirit of Graflow's reference strategy.
     *
     * @param className binary class name
     * @param method    a method name where it applies, else {@code null}
     */
    record ClassReference(String className, String method) implements TaskReference {
        @Override
        public String strategy() {
            return "reference";
        }
    }

    /**
     * A {@code next_iteration} task: it re-runs {@code baseId} with {@code data}.
     *
     * @param baseId the id of the task the iteration repeats
     * @param data   the iteration data, may be {@code null}
     */
    record Iteration(String baseId, Object data) implements TaskReference {
        @Override
        public String strategy() {
            return "iteration";
        }
    }

    /**
     * A parallel group: its members and its policy (canonical Graflow form).
     *
     * @param members member task ids in order
     * @param policy  the policy in canonical form ({@code "strict"}, a map, ...)
     */
    record Group(List<String> members, Object policy) implements TaskReference {
        /** Copies the members. */
        public Group {
            members = List.copyOf(members);
        }

        @Override
        public String strategy() {
            return "group";
        }
    }

    /**
     * A task with no stable reference, e.g. an inline lambda.
     *
     * @param reason why it cannot be referenced, shown to the user
     */
    record NotSerializable(String reason) implements TaskReference {
        @Override
        public String strategy() {
            return "none";
        }

        @Override
        public boolean serializable() {
            return false;
        }
    }
}
