package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.document.kinds.expression.ExpressionScope;
import io.github.graflowstudio.engine.TaskContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the variables of an expression from a running task: a snapshot of the channel (so the
 * evaluation thread never touches the engine), the built-ins {@code channel} and {@code results},
 * {@code task} ({@code id}, {@code baseId}, {@code cycle}, {@code maxCycles}, {@code retry},
 * {@code maxRetries}) and kind-specific extras. Stateless and thread-safe.
 */
final class TaskScope {
    private TaskScope() {
    }

    /** The scope for a task run; {@code extras} win over every other name. */
    static ExpressionScope of(TaskContext context, Map<String, Object> extras) {
        Map<String, Object> snapshot = context.executionContext().channel().snapshot();
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("id", context.taskId());
        task.put("baseId", context.baseId());
        task.put("cycle", context.cycleCount());
        task.put("maxCycles", context.maxCycles());
        task.put("retry", context.retryCount());
        task.put("maxRetries", context.maxRetries());
        Map<String, Object> builtIns = new LinkedHashMap<>();
        builtIns.put("task", task);
        builtIns.putAll(extras);
        return ExpressionScope.ofChannel(snapshot, builtIns);
    }
}
