package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.VisibleText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes an inspection as a Markdown report: a summary table, the files, the flags table and the
 * pending table (every entry, in queue order). Ids are written in their display form and table
 * cells are escaped ({@code |}, line breaks, backticks), so odd ids cannot break the tables.
 * Stateless and thread-safe.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /** The report as a string. */
    public static String toMarkdown(CheckpointInspection inspection) {
        StringWriter text = new StringWriter();
        try {
            write(inspection, text);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return text.toString();
    }

    /**
     * Writes the report.
     *
     * @param inspection the inspection
     * @param out        where to write (not closed)
     * @throws IOException if writing fails
     */
    public static void write(CheckpointInspection inspection, Writer out) throws IOException {
        InspectionOverview overview = InspectionOverview.of(inspection);
        out.write("# Checkpoint inspection: " + cell(inspection.base().getFileName().toString()) + "\n\n");
        out.write("## Summary\n\n| | |\n|---|---|\n");
        row(out, "Set", overview.base());
        row(out, "Format", overview.format());
        row(out, "Worst severity", inspection.worstSeverity().wireName());
        row(out, "Flags", overview.flagCounts());
        row(out, "Checkpoint id", overview.checkpointId());
        row(out, "Session", overview.sessionId());
        row(out, "Created at", overview.createdAt());
        row(out, "Steps", overview.steps());
        row(out, "Start node", overview.startNode());
        row(out, "Backend", overview.backend());
        row(out, "Resuming task", overview.resumingTask());
        row(out, "Completed tasks", overview.completedTasks().isEmpty() ? "—"
                : String.join(", ", overview.completedTasks())
                + (overview.completedNote() == null ? "" : " (" + overview.completedNote() + ")"));
        row(out, "Cycle counts", overview.cycleCounts().isEmpty() ? "—" : String.join(", ", overview.cycleCounts()));
        row(out, "Pending entries", InspectorFormat.count(inspection.pending().size()));
        row(out, "Pickle", overview.pickleCheck());
        if (inspection.meta() != null && inspection.meta().userMetadata() != null) {
            row(out, "User metadata", InspectorFormat.json(inspection.meta().userMetadata()));
        }
        out.write("\n## Files\n\n| file | status |\n|---|---|\n");
        for (CheckpointFile file : CheckpointFile.values()) {
            out.write("| " + cell(inspection.base().getFileName() + file.suffix()) + " | "
                    + inspection.fileStatus(file).wireName() + " |\n");
        }
        flags(out, inspection.flags());
        pending(out, inspection.pending());
    }

    private static void flags(Writer out, List<InspectionFlag> flags) throws IOException {
        out.write("\n## Flags (" + flags.size() + ")\n\n");
        if (flags.isEmpty()) {
            out.write("No flags.\n");
            return;
        }
        out.write("| severity | code | task | entry | message | hint |\n|---|---|---|---|---|---|\n");
        for (InspectionFlag flag : flags) {
            out.write("| " + flag.severity().wireName() + " | `" + flag.code() + "` | "
                    + (flag.taskId() == null ? "" : code(flag.taskId())) + " | "
                    + (flag.pendingIndex() < 0 ? "" : "#" + flag.pendingIndex()) + " | " + cell(flag.message())
                    + " | " + cell(flag.hint()) + " |\n");
        }
    }

    private static void pending(Writer out, List<PendingEntry> pending) throws IOException {
        out.write("\n## Pending (" + pending.size() + ")\n\n");
        if (pending.isEmpty()) {
            out.write("Nothing pending.\n");
            return;
        }
        out.write("| # | task id | status | strategy | retries | last error | created at | group | serializable"
                + " | flags |\n|---:|---|---|---|---|---|---|---|---|---|\n");
        for (PendingEntry entry : pending) {
            out.write("| " + entry.index() + " | " + (entry.taskId() == null ? "(no id)" : code(entry.taskId()))
                    + " | " + cell(entry.status()) + " | " + cell(entry.strategy()) + " | "
                    + (entry.retryCount() == null ? "?" : entry.retryCount()) + " / "
                    + (entry.maxRetries() == null ? "?" : entry.maxRetries()) + " | " + cell(entry.lastError())
                    + " | " + InspectorFormat.epochSeconds(entry.createdAt()) + " | " + cell(entry.groupId()) + " | "
                    + (entry.serializableVerdict() ? "yes" : "no" + (entry.reason() == null ? ""
                    : ": " + cell(entry.reason()))) + " | "
                    + cell(String.join(", ", entry.flags().stream().map(Enum::name).toList())) + " |\n");
        }
    }

    private static void row(Writer out, String label, String value) throws IOException {
        out.write("| " + label + " | " + cell(value) + " |\n");
    }

    /** An id as inline code in its display form; backticks in it widen the fence. */
    static String code(String id) {
        String shown = cell(VisibleText.of(id));
        String fence = shown.contains("`") ? "`` " : "`";
        return fence + shown + (fence.length() > 1 ? " ``" : "`");
    }

    /** A table cell: pipes escaped, line breaks as spaces, {@code null} as empty. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ')
                .replace('\r', ' ');
    }
}
