package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two pending queues: the k-th copy of an id on the left is matched with the k-th copy
 * on the right; unmatched entries are added or removed; matched ones are changed (status, retries,
 * last error, strategy, group) and/or moved when they are outside the longest run of matches that
 * keep their relative order (so one entry removed at the front moves nothing). O(n log n).
 * Stateless and thread-safe.
 */
final class PendingDiff {
    /** Counts for the summary line. */
    record Counts(int added, int removed, int changed, int moved) {
    }

    private PendingDiff() {
    }

    /** Adds the pending rows (in right queue order, removed ones where they were) and returns the counts. */
    static Counts compare(List<PendingEntry> left, List<PendingEntry> right, List<DiffRow> rows) {
        Map<String, ArrayDeque<Integer>> leftById = new HashMap<>();
        for (PendingEntry entry : left) {
            leftById.computeIfAbsent(key(entry), id -> new ArrayDeque<>()).add(entry.index());
        }
        int[] partner = new int[right.size()];
        boolean[] leftMatched = new boolean[left.size()];
        for (int j = 0; j < right.size(); j++) {
            ArrayDeque<Integer> copies = leftById.get(key(right.get(j)));
            Integer i = copies == null ? null : copies.poll();
            partner[j] = i == null ? -1 : i;
            if (i != null) {
                leftMatched[i] = true;
            }
        }
        boolean[] inOrder = longestIncreasing(partner);
        int added = 0;
        int removed = 0;
        int changed = 0;
        int moved = 0;
        int nextLeft = 0;
        for (int j = 0; j < right.size(); j++) {
            int i = partner[j];
            if (i >= 0) {
                while (nextLeft < i) {
                    if (!leftMatched[nextLeft]) {
                        rows.add(removed(left.get(nextLeft)));
                        removed++;
                    }
                    nextLeft++;
                }
                nextLeft = Math.max(nextLeft, i + 1);
            }
            PendingEntry after = right.get(j);
            if (i < 0) {
                rows.add(new DiffRow("Pending", InspectorFormat.visible(after.taskId()), "", describe(after),
                        DiffRow.Kind.ADDED, "queued at #" + after.index()));
                added++;
                continue;
            }
            PendingEntry before = left.get(i);
            String fields = changedFields(before, after);
            boolean isMoved = !inOrder[j];
            String note = fields + (isMoved ? (fields.isEmpty() ? "" : "; ") + "moved #" + i + " → #" + j : "");
            DiffRow.Kind kind = !fields.isEmpty() ? DiffRow.Kind.CHANGED : isMoved ? DiffRow.Kind.MOVED
                    : DiffRow.Kind.SAME;
            changed += fields.isEmpty() ? 0 : 1;
            moved += isMoved ? 1 : 0;
            rows.add(new DiffRow("Pending", InspectorFormat.visible(after.taskId()), describe(before), describe(after),
                    kind, note));
        }
        for (; nextLeft < left.size(); nextLeft++) {
            if (!leftMatched[nextLeft]) {
                rows.add(removed(left.get(nextLeft)));
                removed++;
            }
        }
        return new Counts(added, removed, changed, moved);
    }

    private static DiffRow removed(PendingEntry entry) {
        return new DiffRow("Pending", InspectorFormat.visible(entry.taskId()), describe(entry), "",
                DiffRow.Kind.REMOVED, "was at #" + entry.index());
    }

    private static String key(PendingEntry entry) {
        return entry.taskId() == null ? "\u0000(no id)" : entry.taskId();
    }

    /** "#3 · ready · retries 0 / 3 · last error boom". */
    static String describe(PendingEntry entry) {
        StringBuilder text = new StringBuilder("#").append(entry.index()).append(" · ")
                .append(entry.status() == null ? "no status" : entry.status());
        if (entry.retryCount() != null || entry.maxRetries() != null) {
            text.append(" · retries ").append(entry.retryCount() == null ? "?" : entry.retryCount()).append(" / ")
                    .append(entry.maxRetries() == null ? "?" : entry.maxRetries());
        }
        if (entry.lastError() != null) {
            text.append(" · last error ").append(InspectorFormat.visible(entry.lastError()));
        }
        return text.toString();
    }

    private static String changedFields(PendingEntry before, PendingEntry after) {
        List<String> parts = new ArrayList<>();
        field(parts, "status", before.status(), after.status());
        field(parts, "retries", before.retryCount(), after.retryCount());
        field(parts, "max retries", before.maxRetries(), after.maxRetries());
        field(parts, "last error", before.lastError(), after.lastError());
        field(parts, "strategy", before.strategy(), after.strategy());
        field(parts, "group", before.groupId(), after.groupId());
        return String.join("; ", parts);
    }

    private static void field(List<String> parts, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(name + " " + shown(before) + " → " + shown(after));
        }
    }

    private static String shown(Object value) {
        return value instanceof String text ? InspectorFormat.visible(text) : value == null ? "—" : value.toString();
    }

    /** Marks the positions (with a partner) that belong to one longest strictly increasing run of partners. */
    static boolean[] longestIncreasing(int[] partner) {
        int n = partner.length;
        int[] tailValue = new int[n];
        int[] tailPosition = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int j = 0; j < n; j++) {
            if (partner[j] < 0) {
                continue;
            }
            int slot = Arrays.binarySearch(tailValue, 0, length, partner[j]);
            slot = slot < 0 ? -slot - 1 : slot;
            tailValue[slot] = partner[j];
            tailPosition[slot] = j;
            previous[j] = slot > 0 ? tailPosition[slot - 1] : -1;
            length = Math.max(length, slot + 1);
        }
        boolean[] kept = new boolean[n];
        for (int j = length == 0 ? -1 : tailPosition[length - 1]; j >= 0; j = previous[j]) {
            kept[j] = true;
        }
        for (int j = 0; j < n; j++) {
            kept[j] |= partner[j] < 0;
        }
        return kept;
    }
}
