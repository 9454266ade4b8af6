package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import java.util.Locale;

/**
 * The details pane's text: everything about the selected pending entry (all fields, the task
 * data, the serialisable verdict with the writer's reason) and each of its flags with the reason
 * and how to fix it; or one flag that is about no entry. Stateless and thread-safe.
 */
final class EntryDetails {
    private EntryDetails() {
    }

    /** The text for a row. */
    static String of(PendingRow row) {
        PendingEntry entry = row.entry();
        StringBuilder text = new StringBuilder();
        text.append("Pending #").append(entry.index()).append("  ").append(row.taskIdDisplay()).append('\n');
        if (entry.taskId() != null && !entry.taskId().equals(row.taskIdDisplay())) {
            text.append("(shown with invisible characters made visible; ").append(entry.taskId().length())
                    .append(" UTF-16 units)\n");
        }
        line(text, "Status", entry.status());
        line(text, "Strategy", entry.strategy());
        line(text, "Retries", row.retriesText().isEmpty() ? null : row.retriesText());
        line(text, "Last error", entry.lastError() == null ? null : InspectorFormat.visible(entry.lastError()));
        line(text, "Created at", entry.createdAt() == null ? null : row.createdAtText() + "  ("
                + (Double.isFinite(entry.createdAt()) ? java.math.BigDecimal.valueOf(entry.createdAt()).toPlainString()
                : entry.createdAt()) + ")");
        line(text, "Group", entry.groupId());
        line(text, "Task data", entry.taskData());
        line(text, "Serializable", row.serializableText());
        if (row.queuedCopies() > 1) {
            line(text, "Queued", row.queuedCopies() + " times (this id appears more than once in the queue)");
        }
        if (row.inWorkflow() != null) {
            line(text, "Open workflow", row.inWorkflow() ? "has this task" : "has NO task with this id");
        }
        entry.unusualValues().forEach((field, value) -> line(text, field + " (unusual)", value.typeName() + ": "
                + value.toShortJson()));
        var flags = row.flags();
        text.append('\n').append(flags.isEmpty() ? "No flags." : InspectorFormat.plural(flags.size(), "flag:",
                "flags:")).append('\n');
        for (InspectionFlag flag : flags) {
            flag(text, flag);
        }
        return text.toString();
    }

    /** The text for a flag about no single entry. */
    static String of(InspectionFlag flag) {
        StringBuilder text = new StringBuilder();
        flag(text, flag);
        return text.toString();
    }

    private static void flag(StringBuilder text, InspectionFlag flag) {
        text.append('\n').append(flag.severity().wireName().toUpperCase(Locale.ROOT)).append("  ")
                .append(flag.code()).append('\n');
        text.append("  Reason: ").append(flag.message()).append('\n');
        if (flag.hint() != null) {
            text.append("  Fix: ").append(flag.hint()).append('\n');
        }
        if (flag.taskId() != null) {
            text.append("  Task: ").append(InspectorFormat.visible(flag.taskId())).append('\n');
        }
        if (flag.jsonPath() != null) {
            text.append("  Where: ").append(flag.jsonPath()).append('\n');
        }
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }
}
