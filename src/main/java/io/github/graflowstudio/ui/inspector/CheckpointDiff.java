package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.MetaSummary;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The differences between two checkpoint sets, left (usually older) to right: the set's fields
 * (format, checkpoint id, session, time, steps, start node, resuming task, backend), user
 * metadata key by key, pending entries ({@link PendingDiff}), completed tasks, cycle counts,
 * studio channel values key by key, and flags; with a summary line such as
 * "3 pending added, 1 removed · step 2 → 5". Immutable and thread-safe.
 *
 * @param rows    every compared row, differences and equal ones
 * @param summary the summary line ("No differences" when there are none)
 */
public record CheckpointDiff(List<DiffRow> rows, String summary) {

    /** Copies the rows. */
    public CheckpointDiff {
        rows = List.copyOf(rows);
    }

    /** Compares two sets (the channels are {@link ChannelContent#NONE} for Graflow sets). */
    public static CheckpointDiff compare(CheckpointInspection left, ChannelContent leftChannel,
                                         CheckpointInspection right, ChannelContent rightChannel) {
        List<DiffRow> rows = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        StateSummary ls = left.state();
        StateSummary rs = right.state();
        MetaSummary lm = left.meta();
        MetaSummary rm = right.meta();
        scalar(rows, "format", left.format().wireName(), right.format().wireName());
        String leftSteps = steps(ls, lm);
        String rightSteps = steps(rs, rm);
        if (!Objects.equals(leftSteps, rightSteps)) {
            summary.add("step " + dash(leftSteps) + " → " + dash(rightSteps));
        }
        scalar(rows, "steps", leftSteps, rightSteps);
        String leftResuming = ls == null ? null : ls.resumingTaskId();
        String rightResuming = rs == null ? null : rs.resumingTaskId();
        if (!Objects.equals(leftResuming, rightResuming)) {
            summary.add("resuming " + InspectorFormat.visible(leftResuming) + " → "
                    + InspectorFormat.visible(rightResuming));
        }
        scalar(rows, "resuming_task_id", leftResuming, rightResuming);
        List<String> metaChanged = new ArrayList<>();
        metaField(rows, metaChanged, "checkpoint_id", lm, rm, MetaSummary::checkpointId);
        metaField(rows, metaChanged, "session_id", lm, rm, MetaSummary::sessionId);
        metaField(rows, metaChanged, "created_at", lm, rm, MetaSummary::createdAt);
        metaField(rows, metaChanged, "start_node", lm, rm, MetaSummary::startNode);
        metaField(rows, metaChanged, "backend", lm, rm, m -> m.backend() == null ? null : m.backend().toJson());
        if (!metaChanged.isEmpty()) {
            summary.add(String.join(", ", metaChanged) + " differ" + (metaChanged.size() == 1 ? "s" : ""));
        }
        int[] metadata = keyed(rows, "User metadata", members(lm == null ? null : lm.userMetadata()),
                members(rm == null ? null : rm.userMetadata()));
        counted(summary, "user metadata key", metadata);
        PendingDiff.Counts pending = PendingDiff.compare(left.pending(), right.pending(), rows);
        List<String> pendingParts = new ArrayList<>();
        part(pendingParts, pending.added(), "added");
        part(pendingParts, pending.removed(), "removed");
        part(pendingParts, pending.changed(), "changed");
        part(pendingParts, pending.moved(), "reordered");
        if (!pendingParts.isEmpty()) {
            summary.add(0, pendingParts.get(0).replaceFirst(" ", " pending ")
                    + (pendingParts.size() > 1 ? ", " + String.join(", ", pendingParts.subList(1, pendingParts.size()))
                    : ""));
        }
        int[] completed = completed(rows, ls == null ? List.of() : ls.completedTasks(),
                rs == null ? List.of() : rs.completedTasks());
        counted(summary, "completed task", completed);
        int[] cycles = keyed(rows, "Cycle counts", ls == null ? Map.of() : ls.cycleCounts(),
                rs == null ? Map.of() : rs.cycleCounts());
        counted(summary, "cycle count", cycles);
        int[] channel = keyed(rows, "Channel", leftChannel.values(), rightChannel.values());
        counted(summary, "channel value", channel);
        int[] flags = flags(rows, left.flags(), right.flags());
        counted(summary, "flag", flags);
        return new CheckpointDiff(rows, summary.isEmpty() ? "No differences" : String.join(" · ", summary));
    }

    private static String steps(StateSummary state, MetaSummary meta) {
        Long steps = state != null && state.steps() != null ? state.steps() : meta == null ? null : meta.steps();
        return steps == null ? null : steps.toString();
    }

    private static String dash(String text) {
        return text == null ? "—" : text;
    }

    private static void scalar(List<DiffRow> rows, String key, String left, String right) {
        DiffRow.Kind kind = Objects.equals(left, right) ? DiffRow.Kind.SAME : left == null ? DiffRow.Kind.ADDED
                : right == null ? DiffRow.Kind.REMOVED : DiffRow.Kind.CHANGED;
        rows.add(new DiffRow("Set", key, left == null ? "" : InspectorFormat.visible(left),
                right == null ? "" : InspectorFormat.visible(right), kind, ""));
    }

    private static void metaField(List<DiffRow> rows, List<String> changed, String key, MetaSummary left,
                                  MetaSummary right, Function<MetaSummary, String> read) {
        String before = left == null ? null : read.apply(left);
        String after = right == null ? null : read.apply(right);
        scalar(rows, key, before, after);
        if (!Objects.equals(before, after)) {
            changed.add(key.replace('_', ' '));
        }
    }

    private static Map<String, JsonValue> members(JsonValue value) {
        return value instanceof JsonValue.ObjectValue object ? object.members() : Map.of();
    }

    /** Key-by-key rows; returns {added, removed, changed}. */
    private static int[] keyed(List<DiffRow> rows, String section, Map<String, JsonValue> left,
                               Map<String, JsonValue> right) {
        int[] counts = new int[3];
        Set<String> keys = new LinkedHashSet<>(left.keySet());
        keys.addAll(right.keySet());
        for (String key : keys) {
            JsonValue before = left.get(key);
            JsonValue after = right.get(key);
            DiffRow.Kind kind = before == null ? DiffRow.Kind.ADDED : after == null ? DiffRow.Kind.REMOVED
                    : JsonValue.equivalent(before, after) ? DiffRow.Kind.SAME : DiffRow.Kind.CHANGED;
            counts[0] += kind == DiffRow.Kind.ADDED ? 1 : 0;
            counts[1] += kind == DiffRow.Kind.REMOVED ? 1 : 0;
            counts[2] += kind == DiffRow.Kind.CHANGED ? 1 : 0;
            rows.add(new DiffRow(section, InspectorFormat.visible(key), before == null ? "" : brief(before),
                    after == null ? "" : brief(after), kind, ""));
        }
        return counts;
    }

    private static String brief(JsonValue value) {
        return value instanceof JsonValue.StringValue ? InspectorFormat.json(value) : value.toShortJson();
    }

    /** Completed ids compared as multisets, in left then right order; returns {added, removed, 0}. */
    private static int[] completed(List<DiffRow> rows, List<String> left, List<String> right) {
        Map<String, Integer> leftCounts = tally(left);
        Map<String, Integer> rightCounts = tally(right);
        int[] counts = new int[3];
        Set<String> ids = new LinkedHashSet<>(left);
        ids.addAll(right);
        for (String id : ids) {
            int before = leftCounts.getOrDefault(id, 0);
            int after = rightCounts.getOrDefault(id, 0);
            DiffRow.Kind kind = before == after ? DiffRow.Kind.SAME : before == 0 ? DiffRow.Kind.ADDED
                    : after == 0 ? DiffRow.Kind.REMOVED : DiffRow.Kind.CHANGED;
            counts[0] += kind == DiffRow.Kind.ADDED ? 1 : 0;
            counts[1] += kind == DiffRow.Kind.REMOVED ? 1 : 0;
            counts[2] += kind == DiffRow.Kind.CHANGED ? 1 : 0;
            rows.add(new DiffRow("Completed", InspectorFormat.visible(id), before == 0 ? "" : times(before),
                    after == 0 ? "" : times(after), kind, ""));
        }
        return counts;
    }

    private static String times(int count) {
        return count == 1 ? "completed" : "completed ×" + count;
    }

    /** Flags compared by code and task; returns {added, removed, 0}. */
    private static int[] flags(List<DiffRow> rows, List<InspectionFlag> left, List<InspectionFlag> right) {
        Map<String, InspectionFlag> before = new LinkedHashMap<>();
        left.forEach(flag -> before.putIfAbsent(flagKey(flag), flag));
        Map<String, InspectionFlag> after = new LinkedHashMap<>();
        right.forEach(flag -> after.putIfAbsent(flagKey(flag), flag));
        int[] counts = new int[3];
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            InspectionFlag was = before.get(key);
            InspectionFlag now = after.get(key);
            DiffRow.Kind kind = was == null ? DiffRow.Kind.ADDED : now == null ? DiffRow.Kind.REMOVED
                    : DiffRow.Kind.SAME;
            counts[0] += kind == DiffRow.Kind.ADDED ? 1 : 0;
            counts[1] += kind == DiffRow.Kind.REMOVED ? 1 : 0;
            rows.add(new DiffRow("Flags", key, was == null ? "" : was.message(), now == null ? "" : now.message(),
                    kind, ""));
        }
        return counts;
    }

    private static String flagKey(InspectionFlag flag) {
        return flag.code() + (flag.taskId() == null ? "" : " " + InspectorFormat.visible(flag.taskId()));
    }

    private static Map<String, Integer> tally(List<String> ids) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ids.forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts;
    }

    private static void part(List<String> parts, int count, String what) {
        if (count > 0) {
            parts.add(count + " " + what);
        }
    }

    /** "2 channel values added, 1 changed". */
    private static void counted(List<String> summary, String noun, int[] counts) {
        List<String> parts = new ArrayList<>();
        part(parts, counts[0], "added");
        part(parts, counts[1], "removed");
        part(parts, counts[2], "changed");
        if (!parts.isEmpty()) {
            int first = counts[0] > 0 ? counts[0] : counts[1] > 0 ? counts[1] : counts[2];
            String head = parts.get(0).replaceFirst(" ", " " + noun + (first == 1 ? " " : "s "));
            parts.set(0, head);
            summary.add(String.join(", ", parts));
        }
    }
}
