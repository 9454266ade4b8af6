package io.github.graflowstudio.checkpoint.pickle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the globals a pickle names, in first-seen order, tagging unsafe ones. Distinct globals
 * beyond the cap are only counted. Not thread-safe.
 */
final class GlobalTally {
    private final int maxDistinct;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private long unlisted;
    private long unlistedUnsafe;
    private long unresolved;

    GlobalTally(int maxDistinct) {
        this.maxDistinct = maxDistinct;
    }

    void record(String module, String name) {
        Entry entry = entries.get(module + '\n' + name);
        if (entry != null) {
            entry.count++;
            return;
        }
        String reason = UnsafeGlobals.reason(module, name);
        if (entries.size() >= maxDistinct) {
            unlisted++;
            if (reason != null) {
                unlistedUnsafe++;
            }
            return;
        }
        entries.put(module + '\n' + name, new Entry(module, name, reason));
    }

    /** A STACK_GLOBAL whose module or name the walker could not tell. */
    void recordUnresolved() {
        unresolved++;
    }

    List<PickleGlobal> globals() {
        List<PickleGlobal> list = new ArrayList<>(entries.size());
        for (Entry entry : entries.values()) {
            list.add(new PickleGlobal(entry.module, entry.name, entry.count, entry.reason));
        }
        return list;
    }

    long unlisted() {
        return unlisted;
    }

    long unlistedUnsafe() {
        return unlistedUnsafe;
    }

    long unresolved() {
        return unresolved;
    }

    private static final class Entry {
        private final String module;
        private final String name;
        private final String reason;
        private int count = 1;

        Entry(String module, String name, String reason) {
            this.module = module;
            this.name = name;
            this.reason = reason;
        }
    }
}
