package io.github.graflowstudio.checkpoint.inspect.model;

import java.util.Objects;

/**
 * One finding about a checkpoint set: a stable code (with its severity), a one-line message and,
 * where they apply, the task id, a hint, a JSON path and the index of the pending entry it is
 * attached to. Immutable and thread-safe.
 *
 * @param code         the code
 * @param message      the one-line message
 * @param taskId       the task the flag is about, exactly as in the file, or {@code null}
 * @param hint         how to fix it or what to expect, or {@code null}
 * @param jsonPath     where in which file, e.g. {@code $.pending_tasks[3].retry_count}, or {@code null}
 * @param pendingIndex the first pending entry the flag is about, or -1
 */
public record InspectionFlag(FlagCode code, String message, String taskId, String hint, String jsonPath,
                             int pendingIndex) {

    /** Checks code and message. */
    public InspectionFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A flag with the code's default hint and no task. */
    public static InspectionFlag of(FlagCode code, String message) {
        return new InspectionFlag(code, message, null, code.hint(), null, -1);
    }

    /** A flag about a task, with the code's default hint. */
    public static InspectionFlag forTask(FlagCode code, String message, String taskId, int pendingIndex) {
        return new InspectionFlag(code, message, taskId, code.hint(), null, pendingIndex);
    }

    /** A flag at a JSON path, with the code's default hint. */
    public static InspectionFlag atPath(FlagCode code, String message, String jsonPath) {
        return new InspectionFlag(code, message, null, code.hint(), jsonPath, -1);
    }

    /** The code's severity. */
    public Severity severity() {
        return code.severity();
    }
}
