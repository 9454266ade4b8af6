package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import io.github.graflowstudio.engine.TaskIds;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks of the pending queue that hold for every format: what resume will do first, statuses,
 * retries, duplicates, ids already completed, iteration ids, cycle-count keys and odd field types.
 * Stateless and thread-safe.
 */
final class QueueRules {
    private static final Set<String> KNOWN_STATUSES = Set.of("ready", "running", "success", "error");
    private static final int MAX_FIELD_FLAGS = 20;

    private QueueRules() {
    }

    static void check(CheckpointFormat format, StateSummary state, List<PendingEntry> entries, FlagCollector flags) {
        resumePoint(format, state, entries, flags);
        Set<String> completed = new HashSet<>(state.completedTasks());
        Map<String, int[]> firstIndexAndCount = new LinkedHashMap<>(entries.size() * 2);
        int fieldFlags = 0;
        for (PendingEntry entry : entries) {
            status(entry, flags);
            retries(entry, flags);
            fieldFlags = fields(entry, flags, fieldFlags);
            if (entry.taskId() != null) {
                int[] seen = firstIndexAndCount.get(entry.taskId());
                if (seen == null) {
                    firstIndexAndCount.put(entry.taskId(), new int[] {entry.index(), 1});
                } else {
                    seen[1]++;
                }
            }
        }
        Map<String, Integer> duplicates = new HashMap<>();
        firstIndexAndCount.forEach((id, seen) -> {
            if (seen[1] > 1) {
                duplicates.put(id, seen[1]);
                flags.addForTask(FlagCode.DUPLICATE_PENDING, "pending " + Messages.id(id) + " is queued " + seen[1]
                        + " times", id, seen[0]);
            }
            if (completed.contains(id)) {
                flags.addForTask(FlagCode.PENDING_ALREADY_COMPLETED, "pending " + Messages.id(id)
                        + " is also in completed_tasks", id, seen[0]);
            }
            if (TaskIds.isIterationId(id)) {
                flags.addForTask(FlagCode.ITERATION_TASK_PENDING, "pending " + Messages.id(id)
                        + " is an iteration of " + Messages.id(TaskIds.baseId(id)), id, seen[0]);
            }
        });
        attachToEveryCopy(entries, duplicates, completed, flags);
        cycleKeys(state, completed, firstIndexAndCount.keySet(), flags);
    }

    private static void resumePoint(CheckpointFormat format, StateSummary state, List<PendingEntry> entries,
                                    FlagCollector flags) {
        String resuming = state.resumingTaskId();
        if (resuming != null) {
            flags.add(new InspectionFlag(FlagCode.RESUMES_MID_TASK, "resumes inside " + Messages.id(resuming)
                    + ", which runs again first", resuming, FlagCode.RESUMES_MID_TASK.hint(), "$.resuming_task_id",
                    -1));
        } else if (format == CheckpointFormat.GRAFLOW_LEGACY && state.resumeFromCurrentTask() && !entries.isEmpty()) {
            String first = entries.get(0).taskId();
            flags.add(new InspectionFlag(FlagCode.RESUMES_MID_TASK, "resume_from_current_task is true: "
                    + Messages.id(first) + " (first in the queue) runs again from its start", first,
                    FlagCode.RESUMES_MID_TASK.hint(), "$.resume_from_current_task", 0));
        } else if (entries.isEmpty()) {
            flags.add(FlagCode.NOTHING_TO_RESUME, "no pending tasks and no task to resume mid-way");
        }
    }

    private static void status(PendingEntry entry, FlagCollector flags) {
        String status = entry.status();
        if (status != null && KNOWN_STATUSES.contains(status)) {
            if (!status.equals("ready")) {
                flags.addForTask(FlagCode.NON_READY_PENDING_STATUS, "pending " + Messages.id(entry.taskId())
                        + " has status '" + status + "'", entry.taskId(), entry.index());
            }
            return;
        }
        JsonValue raw = entry.unusualValues().get("status");
        String described = status != null ? "status " + Messages.id(status)
                : raw != null ? "status " + raw.toShortJson() : "no status";
        flags.addForTask(FlagCode.UNKNOWN_PENDING_STATUS, "pending " + Messages.id(entry.taskId()) + " has "
                + described + " (known: ready, running, success, error)", entry.taskId(), entry.index());
    }

    private static void retries(PendingEntry entry, FlagCollector flags) {
        BigInteger count = integer(entry.retryCount(), entry.unusualValues().get("retry_count"));
        if (count == null || count.signum() <= 0) {
            return;
        }
        flags.addForTask(FlagCode.RETRY_RECORDED, "pending " + Messages.id(entry.taskId()) + " has been retried "
                + count + " time(s); last error: " + (entry.lastError() == null ? "none recorded"
                : Messages.id(entry.lastError())), entry.taskId(), entry.index());
        BigInteger limit = integer(entry.maxRetries(), entry.unusualValues().get("max_retries"));
        if (limit != null && count.compareTo(limit) >= 0) {
            flags.addForTask(FlagCode.RETRY_EXHAUSTED, "pending " + Messages.id(entry.taskId()) + " has used "
                    + count + " of " + limit + " retries", entry.taskId(), entry.index());
        }
    }

    /** A counter as an exact integer: the typed value, or an integer beyond 64 bits kept as found. */
    private static BigInteger integer(Long value, JsonValue raw) {
        if (value != null) {
            return BigInteger.valueOf(value);
        }
        return isBigInteger(raw) ? ((JsonValue.NumberValue) raw).toBigDecimal().toBigInteger() : null;
    }

    private static boolean isBigInteger(JsonValue raw) {
        return raw instanceof JsonValue.NumberValue number && number.integral();
    }

    /** UNEXPECTED_FIELD for entry members of another type (status has its own code). */
    private static int fields(PendingEntry entry, FlagCollector flags, int raised) {
        int count = raised;
        if (entry.taskId() == null && count++ < MAX_FIELD_FLAGS) {
            JsonValue raw = entry.unusualValues().get("task_id");
            flags.add(new InspectionFlag(FlagCode.UNEXPECTED_FIELD, "pending entry " + entry.index() + " has "
                    + (raw == null ? "no task_id" : "task_id " + raw.toShortJson() + ", not a string"), null,
                    FlagCode.UNEXPECTED_FIELD.hint(), "$.pending_tasks[" + entry.index() + "]", entry.index()));
        }
        for (Map.Entry<String, JsonValue> member : entry.unusualValues().entrySet()) {
            String key = member.getKey();
            boolean flaggedElsewhere = key.equals("status") || key.equals("task_id") || isBigInteger(member.getValue());
            if (!flaggedElsewhere && count++ < MAX_FIELD_FLAGS) {
                flags.add(new InspectionFlag(FlagCode.UNEXPECTED_FIELD, "pending " + Messages.id(entry.taskId()) + " "
                        + key + " is " + member.getValue().typeName() + " " + member.getValue().toShortJson(),
                        entry.taskId(), FlagCode.UNEXPECTED_FIELD.hint(),
                        "$.pending_tasks[" + entry.index() + "]" + (key.equals("entry") ? "" : "." + key),
                        entry.index()));
            }
        }
        return count;
    }

    private static void attachToEveryCopy(List<PendingEntry> entries, Map<String, Integer> duplicates,
                                          Set<String> completed, FlagCollector flags) {
        for (PendingEntry entry : entries) {
            String id = entry.taskId();
            if (id == null) {
                continue;
            }
            if (duplicates.containsKey(id)) {
                flags.attach(entry.index(), FlagCode.DUPLICATE_PENDING);
            }
            if (completed.contains(id)) {
                flags.attach(entry.index(), FlagCode.PENDING_ALREADY_COMPLETED);
            }
            if (id.contains("_cycle_") && TaskIds.isIterationId(id)) {
                flags.attach(entry.index(), FlagCode.ITERATION_TASK_PENDING);
            }
        }
    }

    private static void cycleKeys(StateSummary state, Set<String> completed, Set<String> pending, FlagCollector flags) {
        String resuming = state.resumingTaskId();
        for (String key : state.cycleCounts().keySet()) {
            if (!completed.contains(key) && !pending.contains(key) && !key.equals(resuming)) {
                flags.add(new InspectionFlag(FlagCode.CYCLE_KEY_NOT_A_LISTED_TASK, "cycle_counts has "
                        + Messages.id(key) + ", which is neither completed, pending nor resuming", key,
                        FlagCode.CYCLE_KEY_NOT_A_LISTED_TASK.hint(), "$.cycle_counts" + json(key), -1));
            }
        }
    }

    private static String json(String key) {
        return io.github.graflowstudio.checkpoint.inspect.json.JsonPaths.member(key);
    }
}
