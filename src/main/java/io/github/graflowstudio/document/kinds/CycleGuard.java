package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.engine.CycleLimitExceededException;
import io.github.graflowstudio.engine.TaskBody;
import io.github.graflowstudio.engine.TaskContext;

/**
 * Wraps a body so that the task fails with {@link CycleLimitExceededException} once its node has
 * started more runs than its {@code maxCycles} (the engine counts a run when it starts, not on
 * retries). This is what makes an explicit {@code maxCycles} bound cycles of edges and jumps,
 * which the engine itself (like Graflow) only checks for {@code next_iteration}.
 *
 * <p>Immutable; thread-safe if the wrapped body is.
 */
final class CycleGuard implements TaskBody {
    private final TaskBody body;

    CycleGuard(TaskBody body) {
        this.body = body;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        int count = context.cycleCount();
        int max = context.maxCycles();
        if (count > max) {
            throw new CycleLimitExceededException(context.baseId(), count, max);
        }
        return body.run(context);
    }
}
