package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ODD_TASK_IDS and IDS_COLLIDE_AFTER_NFC over every id of the state (pending, completed, resuming,
 * cycle-count keys). Plain printable ASCII ids take a fast path. Stateless and thread-safe.
 */
final class IdRules {
    private IdRules() {
    }

    static void check(StateSummary state, List<PendingEntry> entries, FlagCollector flags) {
        Map<String, Integer> ids = new LinkedHashMap<>((entries.size() + state.completedTasks().size()) * 2);
        for (PendingEntry entry : entries) {
            if (entry.taskId() != null) {
                ids.putIfAbsent(entry.taskId(), entry.index());
            }
        }
        for (String id : state.completedTasks()) {
            ids.putIfAbsent(id, -1);
        }
        if (state.resumingTaskId() != null) {
            ids.putIfAbsent(state.resumingTaskId(), -1);
        }
        for (String key : state.cycleCounts().keySet()) {
            ids.putIfAbsent(key, -1);
        }
        Map<String, String> byNormalForm = new HashMap<>();
        Set<String> oddPendingIds = new HashSet<>();
        ids.forEach((id, index) -> {
            if (isPlainAscii(id)) {
                return;
            }
            String why = oddity(id);
            if (why != null) {
                flags.addForTask(FlagCode.ODD_TASK_IDS, "task id " + Messages.id(id) + " " + why, id, index);
                if (index >= 0) {
                    oddPendingIds.add(id);
                }
            }
            if (!Normalizer.isNormalized(id, Normalizer.Form.NFC)) {
                String normal = Normalizer.normalize(id, Normalizer.Form.NFC);
                String other = ids.containsKey(normal) ? normal : byNormalForm.get(normal);
                if (other != null && !other.equals(id)) {
                    flags.addForTask(FlagCode.IDS_COLLIDE_AFTER_NFC, "task ids " + Messages.id(id) + " and "
                            + Messages.id(other) + " are equal after NFC normalisation", id, index);
                }
                byNormalForm.putIfAbsent(normal, id);
            }
        });
        if (!oddPendingIds.isEmpty()) {
            for (PendingEntry entry : entries) {
                if (entry.taskId() != null && oddPendingIds.contains(entry.taskId())) {
                    flags.attach(entry.index(), FlagCode.ODD_TASK_IDS);
                }
            }
        }
    }

    /** Printable ASCII, not blank: never odd, always NFC. */
    private static boolean isPlainAscii(String id) {
        boolean visible = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
            visible |= c != ' ';
        }
        return visible;
    }

    /** Why an id is odd, or {@code null}. */
    static String oddity(String id) {
        if (id.isEmpty()) {
            return "is empty";
        }
        if (id.isBlank()) {
            return "is blank";
        }
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                addOnce(reasons, "has astral characters (outside the Basic Multilingual Plane)");
                i++;
            } else if (Character.isSurrogate(c)) {
                addOnce(reasons, String.format("has a lone surrogate U+%04X", (int) c));
            } else if (Character.getType(c) == Character.CONTROL) {
                addOnce(reasons, String.format("has a control character U+%04X", (int) c));
            } else if (Character.getType(c) == Character.FORMAT) {
                addOnce(reasons, String.format("has an invisible format character U+%04X", (int) c));
            }
        }
        if (!Normalizer.isNormalized(id, Normalizer.Form.NFC)) {
            reasons.add("is not in Unicode NFC form");
        }
        return reasons.isEmpty() ? null : String.join(", ", reasons);
    }

    private static void addOnce(List<String> reasons, String reason) {
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
    }
}
