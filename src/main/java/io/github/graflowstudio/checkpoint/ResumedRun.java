package io.github.graflowstudio.checkpoint;

import io.github.graflowstudio.engine.ExecutionContext;
import java.nio.file.Path;

/**
 * A context rebuilt from a checkpoint set, ready for {@code WorkflowEngine.execute}. Immutable
 * (the context itself is not).
 *
 * @param context    the context: graph, queue, channel, counters restored
 * @param base       the set's base
 * @param fromBackup whether the previous ({@code .prev}) set was used
 * @param note       why, or {@code null}
 */
public record ResumedRun(ExecutionContext context, Path base, boolean fromBackup, String note) {
}
