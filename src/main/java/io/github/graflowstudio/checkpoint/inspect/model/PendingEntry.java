package io.github.graflowstudio.checkpoint.inspect.model;

import java.util.Map;
import java.util.Set;

/**
 * One entry of the pending queue, in queue order (duplicates are separate entries). Values that
 * are absent, or present with a type the format does not use, are {@code null} in the typed
 * components; such values are kept exactly in {@link #unusualValues()}. Immutable and thread-safe.
 *
 * @param index         the position in {@code pending_tasks}, from 0
 * @param taskId        the id exactly as written, or {@code null} when absent or not a string
 * @param status        the status text, e.g. {@code ready}, or {@code null}
 * @param createdAt     epoch seconds, or {@code null}
 * @param retryCount    retries taken, or {@code null}
 * @param maxRetries    the retry limit, or {@code null}
 * @param lastError     the last error text, or {@code null}
 * @param groupId       the group id (studio sets), or {@code null}
 * @param strategy      how the task is found again: the legacy entry's {@code strategy} or the studio
 *                      {@code task_data.strategy}; {@code null} for Graflow HEAD (ids only)
 * @param serializable  the studio writer's verdict, or {@code null} when not recorded
 * @param reason        why the task is not serialisable, or {@code null}
 * @param taskData      a one-line summary of {@code task_data}, or {@code null} when absent or null
 * @param flags         the codes of the flags attached to this entry
 * @param unusualValues fields with a type the format does not use (or non-finite numbers), exactly as found
 */
public record PendingEntry(int index, String taskId, String status, Double createdAt, Long retryCount,
                           Long maxRetries, String lastError, String groupId, String strategy, Boolean serializable,
                           String reason, String taskData, Set<FlagCode> flags, Map<String, JsonValue> unusualValues) {

    /** Copies flags and unusual values (sharing the empty ones, as most entries have none). */
    public PendingEntry {
        flags = flags == null || flags.isEmpty() ? Set.of() : FlagSets.of(FlagSets.bits(flags));
        unusualValues = unusualValues == null || unusualValues.isEmpty() ? Map.of() : Map.copyOf(unusualValues);
    }

    /** The id made visible for tables ({@link VisibleText}); {@code null} stays {@code null}. */
    public String taskIdDisplay() {
        return VisibleText.of(taskId);
    }

    /**
     * Whether the entry can be resumed from what the file holds: the studio writer's verdict when
     * recorded; {@code false} for strategy {@code none} and for legacy entries (with a strategy)
     * whose {@code task_data} is missing; {@code true} otherwise (Graflow HEAD queues hold ids only).
     */
    public boolean serializableVerdict() {
        if (serializable != null) {
            return serializable;
        }
        if ("none".equals(strategy)) {
            return false;
        }
        return strategy == null || taskData != null;
    }

    /** A copy with one more flag code. */
    public PendingEntry withFlag(FlagCode code) {
        return withFlagBits(FlagSets.bits(flags) | FlagSets.bit(code));
    }

    /** A copy without the given codes. */
    public PendingEntry withoutFlags(Set<FlagCode> codes) {
        return withFlagBits(FlagSets.bits(flags) & ~FlagSets.bits(codes));
    }

    /**
     * A copy with exactly the codes of a mask ({@link FlagSets#bit}); this entry when they are its codes.
     *
     * @param bits the mask
     * @return the entry with those flags
     */
    public PendingEntry withFlagBits(long bits) {
        if (bits == FlagSets.bits(flags)) {
            return this;
        }
        return new PendingEntry(index, taskId, status, createdAt, retryCount, maxRetries, lastError, groupId,
                strategy, serializable, reason, taskData, FlagSets.of(bits), unusualValues);
    }

    /** The worst severity among the entry's flags. */
    public Severity worstSeverity() {
        Severity worst = Severity.NONE;
        for (FlagCode code : flags) {
            worst = worst.worst(code.severity());
        }
        return worst;
    }
}
