package io.github.graflowstudio.engine;

import java.util.Objects;

/**
 * A task made of an id, a {@link TaskBody}, options and a reference. Made through
 * {@link Tasks}. Immutable and thread-safe if its body is.
 */
public final class SimpleTask implements Task {
    private final String id;
    private final TaskBody body;
    private final TaskOptions options;
    private final TaskReference reference;

    SimpleTask(String id, TaskBody body, TaskOptions options, TaskReference reference) {
        this.id = TaskIds.requireValid(id);
        this.body = Objects.requireNonNull(body, "body");
        this.options = Objects.requireNonNull(options, "options");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        return body.run(context);
    }

    @Override
    public TaskOptions options() {
        return options;
    }

    @Override
    public TaskReference reference() {
        return reference;
    }

    /** The body this task runs. */
    public TaskBody body() {
        return body;
    }

    /** A copy with other options. */
    public SimpleTask withOptions(TaskOptions newOptions) {
        return new SimpleTask(id, body, newOptions, reference);
    }

    @Override
    public String toString() {
        return "Task[" + id + "]";
    }
}
