package io.github.graflowstudio.engine;

import java.util.Objects;

/**
 * The standard {@link TaskResolver}: rebuilds Java class tasks ({@code reference}), iteration
 * tasks, parallel groups and {@code noop} itself, and hands built-in kinds to a kind resolver
 * (the document layer's kind registry). Thread-safe if the kind resolver is.
 */
public final class ReferenceTaskResolver implements TaskResolver {
    private final TaskResolver kindResolver;
    private final ClassLoader classLoader;

    /**
     * Makes a resolver.
     *
     * @param kindResolver rebuilds {@link TaskReference.Kind} references other than {@code noop}
     */
    public ReferenceTaskResolver(TaskResolver kindResolver) {
        this(kindResolver, ReferenceTaskResolver.class.getClassLoader());
    }

    /** Makes a resolver loading task classes from {@code classLoader}. */
    public ReferenceTaskResolver(TaskResolver kindResolver, ClassLoader classLoader) {
        this.kindResolver = Objects.requireNonNull(kindResolver);
        this.classLoader = Objects.requireNonNull(classLoader);
    }

    @Override
    public Task resolve(String taskId, TaskReference reference, TaskOptions options, TaskGraph graph) {
        if (reference instanceof TaskReference.Kind kind) {
            if ("noop".equals(kind.kind())) {
                return Tasks.noop(taskId);
            }
            return kindResolver.resolve(taskId, reference, options, graph);
        }
        if (reference instanceof TaskReference.ClassReference classReference) {
            return Tasks.ofClass(taskId, loadBodyClass(taskId, classReference.className()), options);
        }
        if (reference instanceof TaskReference.Iteration iteration) {
            Task base = graph.findTask(iteration.baseId());
            if (base == null) {
                throw new IllegalArgumentException("Iteration task '" + taskId + "': its base '"
                        + iteration.baseId() + "' is not in the graph");
            }
            Task body = base instanceof IterationTask nested ? nested.base() : base;
            return new IterationTask(taskId, body, iteration.data());
        }
        if (reference instanceof TaskReference.Group group) {
            return new ParallelGroup(taskId, group.members(), GroupPolicy.fromCanonical(group.policy()), options);
        }
        TaskReference.NotSerializable none = (TaskReference.NotSerializable) reference;
        throw new IllegalArgumentException("Task '" + taskId + "' cannot be rebuilt: " + none.reason());
    }

    private Class<? extends TaskBody> loadBodyClass(String taskId, String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("Task '" + taskId + "': class " + className
                    + " is not on the class path", e);
        }
        if (!TaskBody.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("Task '" + taskId + "': class " + className
                    + " does not implement " + TaskBody.class.getName());
        }
        return type.asSubclass(TaskBody.class);
    }
}
