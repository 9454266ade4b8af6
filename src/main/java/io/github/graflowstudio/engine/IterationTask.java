package io.github.graflowstudio.engine;

/**
 * A {@code next_iteration} task: runs its base task again with iteration data (visible through
 * {@link TaskContext#iterationData()}). Its id is {@code <base>_cycle_<count>_<hex8>}. Immutable.
 */
public final class IterationTask implements Task {
    private final String id;
    private final Task base;
    private final Object data;

    IterationTask(String id, Task base, Object data) {
        this.id = TaskIds.requireValid(id);
        this.base = base;
        this.data = data;
    }

    @Override
    public String id() {
        return id;
    }

    /** The task this iteration repeats. */
    public Task base() {
        return base;
    }

    /** The data handed to the iteration, may be {@code null}. */
    public Object data() {
        return data;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        return base.run(context);
    }

    @Override
    public TaskOptions options() {
        return base.options();
    }

    @Override
    public TaskReference reference() {
        return new TaskReference.Iteration(base.id(), data);
    }

    @Override
    public String toString() {
        return "IterationTask[" + id + " of " + base.id() + "]";
    }
}
