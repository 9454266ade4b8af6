package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import io.github.graflowstudio.checkpoint.inspect.model.VisibleText;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of the pending table: a pending entry with what the table shows beside it (the id in
 * its display form, how many times the id is queued, whether the open workflow has it) and the
 * flags about it. Sortable values are exposed raw (numbers, enums); texts are for display.
 * Immutable and thread-safe.
 */
public final class PendingRow {
    private final PendingEntry entry;
    private final String taskIdDisplay;
    private final int queuedCopies;
    private final Boolean inWorkflow;
    private final FlagIndex flagIndex;

    PendingRow(PendingEntry entry, int queuedCopies, Boolean inWorkflow, FlagIndex flagIndex) {
        this.entry = entry;
        this.taskIdDisplay = entry.taskId() == null ? "(no id)" : VisibleText.of(entry.taskId());
        this.queuedCopies = queuedCopies;
        this.inWorkflow = inWorkflow;
        this.flagIndex = flagIndex;
    }

    /** The entry. */
    public PendingEntry entry() {
        return entry;
    }

    /** The position in the queue, from 0. */
    public int index() {
        return entry.index();
    }

    /** The id exactly as written, or {@code null}. */
    public String taskId() {
        return entry.taskId();
    }

    /** The id with invisible characters made visible ({@code \u200b}, {@code \n}); "(no id)" when absent. */
    public String taskIdDisplay() {
        return taskIdDisplay;
    }

    /** How many entries of the queue carry this id (1 when unique). */
    public int queuedCopies() {
        return queuedCopies;
    }

    /** The number of extra copies for the duplicates column: {@code null} when the id is queued once. */
    public Integer duplicateCount() {
        return queuedCopies > 1 ? queuedCopies : null;
    }

    /** Whether the open workflow has a node with this id; {@code null} when no workflow is open. */
    public Boolean inWorkflow() {
        return inWorkflow;
    }

    /** The worst severity of the entry's flags. */
    public Severity severity() {
        return entry.worstSeverity();
    }

    /** Whether any flag is attached to the entry. */
    public boolean flagged() {
        return !entry.flags().isEmpty();
    }

    /** The flags about the entry, in the order raised. */
    public List<InspectionFlag> flags() {
        return flagIndex.flagsFor(entry);
    }

    /** {@code retry_count / max_retries}, "?" for a missing side, "" when both are absent. */
    public String retriesText() {
        if (entry.retryCount() == null && entry.maxRetries() == null) {
            return "";
        }
        return (entry.retryCount() == null ? "?" : entry.retryCount()) + " / "
                + (entry.maxRetries() == null ? "?" : entry.maxRetries());
    }

    /** The creation time as a UTC date, "" when absent. */
    public String createdAtText() {
        return InspectorFormat.epochSeconds(entry.createdAt());
    }

    /** The serialisable verdict: "yes", or "no" with the writer's reason. */
    public String serializableText() {
        if (entry.serializableVerdict()) {
            return "yes";
        }
        return entry.reason() == null ? "no" : "no: " + entry.reason();
    }

    /** The flag codes, e.g. {@code DUPLICATE_PENDING, RETRY_RECORDED}; "" without flags. */
    public String flagCodesText() {
        return entry.flags().stream().map(FlagCode::name).collect(Collectors.joining(", "));
    }

    /** The tooltip: each flag's message and hint; {@code null} without flags. */
    public String tooltipText() {
        List<InspectionFlag> flags = flags();
        if (flags.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (InspectionFlag flag : flags) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(flag.severity().wireName().toUpperCase(Locale.ROOT)).append(' ').append(flag.code())
                    .append(": ").append(flag.message());
            if (flag.hint() != null) {
                text.append("\nFix: ").append(flag.hint());
            }
        }
        return text.toString();
    }

    /** Whether a lower-case search text occurs in the id, status, strategy, group, last error or flag codes. */
    boolean matches(String lowerCaseText) {
        return contains(taskIdDisplay, lowerCaseText) || contains(entry.taskId(), lowerCaseText)
                || contains(entry.status(), lowerCaseText) || contains(entry.strategy(), lowerCaseText)
                || contains(entry.groupId(), lowerCaseText) || contains(entry.lastError(), lowerCaseText)
                || (!entry.flags().isEmpty() && contains(flagCodesText(), lowerCaseText));
    }

    private static boolean contains(String text, String lowerCaseText) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

    @Override
    public String toString() {
        return "#" + entry.index() + " " + taskIdDisplay;
    }
}
