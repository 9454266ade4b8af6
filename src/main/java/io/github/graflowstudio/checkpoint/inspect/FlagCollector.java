package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.FlagSets;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Collects the flags of one inspection in the order raised, and which codes are attached to
 * which pending entries. Not thread-safe: one inspection owns one collector.
 */
final class FlagCollector {
    private final List<InspectionFlag> flags = new ArrayList<>();
    private final long[] entryBits;

    /**
     * A collector for an inspection with the given number of pending entries.
     *
     * @param entryCount the number of pending entries
     */
    FlagCollector(int entryCount) {
        entryBits = new long[entryCount];
    }

    void add(InspectionFlag flag) {
        flags.add(flag);
        if (flag.pendingIndex() >= 0) {
            attach(flag.pendingIndex(), flag.code());
        }
    }

    void addAll(Collection<InspectionFlag> more) {
        more.forEach(this::add);
    }

    /** A general flag with the code's hint. */
    void add(FlagCode code, String message) {
        add(InspectionFlag.of(code, message));
    }

    /** A flag about a task, attached to a pending entry when {@code index >= 0}. */
    void addForTask(FlagCode code, String message, String taskId, int index) {
        add(InspectionFlag.forTask(code, message, taskId, index));
    }

    /** Attaches a code to an entry without a separate flag (for flags about all copies of an id). */
    void attach(int index, FlagCode code) {
        if (index >= 0 && index < entryBits.length) {
            entryBits[index] |= FlagSets.bit(code);
        }
    }

    /** Drops every flag with one of the codes (and their attachments). */
    void removeCodes(Set<FlagCode> codes) {
        flags.removeIf(flag -> codes.contains(flag.code()));
        long mask = ~FlagSets.bits(codes);
        for (int i = 0; i < entryBits.length; i++) {
            entryBits[i] &= mask;
        }
    }

    List<InspectionFlag> flags() {
        return flags;
    }

    Severity worstSeverity() {
        Severity worst = Severity.NONE;
        for (InspectionFlag flag : flags) {
            worst = worst.worst(flag.severity());
        }
        return worst;
    }

    /**
     * Gives the entries their attached codes, replacing them in place (the list must be mutable and
     * owned by the caller), so that no second list of entries is ever held.
     */
    List<PendingEntry> attachTo(List<PendingEntry> entries) {
        for (int i = 0; i < entries.size() && i < entryBits.length; i++) {
            if (entryBits[i] != 0) {
                PendingEntry entry = entries.get(i);
                entries.set(i, entry.withFlagBits(entryBits[i] | FlagSets.bits(entry.flags())));
            }
        }
        return entries;
    }
}
