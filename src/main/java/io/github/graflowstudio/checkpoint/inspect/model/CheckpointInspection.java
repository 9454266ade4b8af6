package io.github.graflowstudio.checkpoint.inspect.model;

import io.github.graflowstudio.checkpoint.pickle.PickleReport;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the inspector found in one checkpoint set. Parts that could not be read are
 * {@code null} and explained by flags; the pending entries keep queue order and duplicates.
 * Immutable and thread-safe.
 *
 * @param format        the recognised format
 * @param base          the base path ({@code <base>.state.json} and so on)
 * @param files         the status of each of the four files
 * @param pickle        the pickle check, or {@code null} when there is no readable {@code .pkl}
 * @param state         the state summary, or {@code null} when the state file is missing or unreadable
 * @param meta          the meta summary, or {@code null}
 * @param context       the studio context summary, or {@code null}
 * @param pending       the pending entries in queue order
 * @param flags         every flag, those attached to pending entries included
 * @param worstSeverity the worst flag severity, {@link Severity#NONE} without flags
 */
public record CheckpointInspection(CheckpointFormat format, Path base, Map<CheckpointFile, FileStatus> files,
                                   PickleReport pickle, StateSummary state, MetaSummary meta, ContextSummary context,
                                   List<PendingEntry> pending, List<InspectionFlag> flags, Severity worstSeverity) {

    /** Copies the collections. */
    public CheckpointInspection {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(base, "base");
        files = Collections.unmodifiableMap(new EnumMap<>(files));
        pending = Collections.unmodifiableList(pending instanceof java.util.RandomAccess ? pending
                : new java.util.ArrayList<>(pending));
        flags = List.copyOf(flags);
        Objects.requireNonNull(worstSeverity, "worstSeverity");
    }

    /** The status of one file. */
    public FileStatus fileStatus(CheckpointFile file) {
        return files.getOrDefault(file, FileStatus.MISSING);
    }

    /** Whether any error flag was raised. */
    public boolean hasErrors() {
        return worstSeverity == Severity.ERROR;
    }

    /** The flag codes in the order raised. */
    public List<FlagCode> flagCodes() {
        return flags.stream().map(InspectionFlag::code).toList();
    }

    /**
     * The flags about one pending entry: those raised on the entry itself and those raised once for
     * every copy of its id (such as {@code DUPLICATE_PENDING}), e.g. for a table tooltip.
     */
    public List<InspectionFlag> flagsFor(PendingEntry entry) {
        return flags.stream().filter(flag -> flag.pendingIndex() == entry.index()
                || (entry.taskId() != null && flag.pendingIndex() >= 0 && entry.taskId().equals(flag.taskId())
                && entry.flags().contains(flag.code()))).toList();
    }

    /** The pending ids in queue order ({@code null} for entries without a string id). */
    public List<String> pendingTaskIds() {
        return pending.stream().map(PendingEntry::taskId).toList();
    }
}
