package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the flags of one inspection in the order raised, and which codes are attached to
 * which pending entries. Not thread-safe: one inspection owns one collector.
 */
final class FlagCollector {
    private final List<InspectionFlag> flags = new ArrayList<>();
    private final Map<Integer, EnumSet<FlagCode>> entryCodes = new HashMap<>();

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
        entryCodes.computeIfAbsent(index, key -> EnumSet.noneOf(FlagCode.class)).add(code);
    }

    /** Drops every flag with one of the codes (and their attachments). */
    void removeCodes(Set<FlagCode> codes) {
        flags.removeIf(flag -> codes.contains(flag.code()));
        entryCodes.values().forEach(set -> set.removeAll(codes));
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

    /** The entries with their attached codes (entries without codes are reused as they are). */
    List<PendingEntry> attachTo(List<PendingEntry> entries) {
        if (entryCodes.isEmpty()) {
            return entries;
        }
        List<PendingEntry> result = new ArrayList<>(entries);
        entryCodes.forEach((index, codes) -> {
            if (index < result.size() && !codes.isEmpty()) {
                PendingEntry entry = result.get(index);
                EnumSet<FlagCode> all = EnumSet.copyOf(codes);
                all.addAll(entry.flags());
                result.set(index, new PendingEntry(entry.index(), entry.taskId(), entry.status(), entry.createdAt(),
                        entry.retryCount(), entry.maxRetries(), entry.lastError(), entry.groupId(), entry.strategy(),
                        entry.serializable(), entry.reason(), entry.taskData(), all, entry.unusualValues()));
            }
        });
        return result;
    }
}
