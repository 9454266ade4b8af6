package io.github.graflowstudio.document.compile;

import io.github.graflowstudio.document.kinds.TaskKinds;
import io.github.graflowstudio.engine.ReferenceTaskResolver;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import io.github.graflowstudio.engine.TaskResolver;

/**
 * Rebuilds built-in kind tasks from checkpoint references with a kind registry; wrapped in a
 * {@link ReferenceTaskResolver} it rebuilds every task our checkpoints can reference.
 * Immutable and thread-safe.
 */
public final class KindTaskResolver implements TaskResolver {
    private final TaskKinds kinds;

    /** A resolver for the given kinds. */
    public KindTaskResolver(TaskKinds kinds) {
        this.kinds = kinds;
    }

    /** The full resolver: kinds, Java classes, iterations and groups. */
    public static TaskResolver forKinds(TaskKinds kinds) {
        return new ReferenceTaskResolver(new KindTaskResolver(kinds));
    }

    @Override
    public Task resolve(String taskId, TaskReference reference, TaskOptions options, TaskGraph graph) {
        if (!(reference instanceof TaskReference.Kind kind)) {
            throw new IllegalArgumentException("Task '" + taskId + "' is not a built-in kind task");
        }
        if (kinds.find(kind.kind()).isEmpty()) {
            throw new IllegalArgumentException("Task '" + taskId + "' has unknown kind '" + kind.kind() + "'");
        }
        return kinds.createTask(taskId, kind.kind(), kind.config(), options);
    }
}
