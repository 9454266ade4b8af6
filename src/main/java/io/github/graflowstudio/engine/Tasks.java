package io.github.graflowstudio.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Map;

/**
 * Factories for tasks defined in Java. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@link #of(String, TaskBody)}: an inline body. Runs fine; a checkpoint cannot refer to
 *       it again unless the graph that defines the id is supplied on resume.</li>
 *   <li>{@link #ofClass(String, Class)}: a class implementing {@link TaskBody} with a public
 *       no-argument constructor; checkpoints refer to it by class name.</li>
 *   <li>{@link #ofKind(String, String, Map, TaskBody, TaskOptions)}: a built-in kind.</li>
 * </ul>
 */
public final class Tasks {
    private Tasks() {
    }

    /** An inline task; its reference says it cannot be serialised. */
    public static SimpleTask of(String id, TaskBody body) {
        return of(id, body, TaskOptions.DEFAULTS);
    }

    /** An inline task with options. */
    public static SimpleTask of(String id, TaskBody body, TaskOptions options) {
        return new SimpleTask(id, body, options,
                new TaskReference.NotSerializable("inline Java body " + describe(body)
                        + " is not a registered task kind or a loadable class"));
    }

    /** A task that does nothing and returns {@code null} (Graflow's pseudo-root {@code Task}). */
    public static SimpleTask noop(String id) {
        return new SimpleTask(id, context -> null, TaskOptions.DEFAULTS,
                new TaskReference.Kind("noop", Map.of()));
    }

    /**
     * A task whose body is a new instance of {@code type}.
     *
     * @throws IllegalArgumentException if the class is not public or has no public no-argument constructor
     */
    public static SimpleTask ofClass(String id, Class<? extends TaskBody> type) {
        return ofClass(id, type, TaskOptions.DEFAULTS);
    }

    /** A class task with options. */
    public static SimpleTask ofClass(String id, Class<? extends TaskBody> type, TaskOptions options) {
        if (!Modifier.isPublic(type.getModifiers()) || type.isAnonymousClass() || type.isLocalClass()
                || (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers()))) {
            throw new IllegalArgumentException("Task class " + type.getName()
                    + " must be a public top-level or static nested class");
        }
        try {
            Constructor<? extends TaskBody> constructor = type.getConstructor();
            return new SimpleTask(id, constructor.newInstance(), options,
                    new TaskReference.ClassReference(type.getName(), null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Task class " + type.getName()
                    + " needs a public no-argument constructor: " + e, e);
        }
    }

    /** A built-in kind's task (made by the document layer). */
    public static SimpleTask ofKind(String id, String kind, Map<String, Object> config, TaskBody body,
                                    TaskOptions options) {
        return new SimpleTask(id, body, options, new TaskReference.Kind(kind, config));
    }

    /**
     * A {@code next_iteration} task that runs {@code base} again with {@code data}: what
     * {@link TaskContext#nextIteration(Object)} adds to the graph, for code that rebuilds a graph
     * from {@link TaskReference.Iteration} references (resume).
     *
     * @param id   the iteration id, {@code <base>_cycle_<n>_<hex8>}
     * @param base the task it repeats (the graph's node for the base id)
     * @param data the iteration data, may be {@code null}
     */
    public static IterationTask iteration(String id, Task base, Object data) {
        Task body = base instanceof IterationTask iteration ? iteration.base() : base;
        return new IterationTask(id, body, data);
    }

    private static String describe(TaskBody body) {
        String name = body.getClass().getName();
        return name.contains("$$Lambda") ? "(lambda)" : name;
    }
}
