package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import java.util.List;

/** Checks that apply to every legacy (61256fd) set. Stateless and thread-safe. */
final class LegacyRules {
    private LegacyRules() {
    }

    /** OLD_FORMAT and COMPLETED_ORDER_UNRELIABLE: true of every legacy set. */
    static void format(FlagCollector flags) {
        flags.add(FlagCode.OLD_FORMAT, "written by Graflow 61256fd (legacy format)");
        flags.add(FlagCode.COMPLETED_ORDER_UNRELIABLE, "old format stores completed_tasks from a Python set");
    }

    /** The per-entry checks: those found while streaming, then OLD_TASK_DATA_MISSING. */
    static void entries(List<PendingEntry> entries, List<InspectionFlag> streamedFlags, FlagCollector flags) {
        flags.addAll(streamedFlags);
        for (PendingEntry entry : entries) {
            if (entry.taskData() == null) {
                flags.addForTask(FlagCode.OLD_TASK_DATA_MISSING, "pending " + Messages.id(entry.taskId())
                        + " has no task_data: it could not be serialised when written", entry.taskId(), entry.index());
            }
        }
    }
}
