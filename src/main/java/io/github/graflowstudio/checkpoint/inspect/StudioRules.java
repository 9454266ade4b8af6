package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.ContextSummary;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.GraphNode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.NonSerializableValue;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks of this project's own sets: tasks the writer could not serialise, channel values left
 * out, pending ids missing from the stored graph (and the open workflow), and drift between the
 * stored graph and the open workflow. Stateless and thread-safe.
 */
final class StudioRules {
    private static final int LISTED = 20;

    private StudioRules() {
    }

    static void check(StateSummary state, List<PendingEntry> entries, ContextSummary context,
                      Map<String, GraphNode> openWorkflow, FlagCollector flags) {
        for (PendingEntry entry : entries) {
            if (Boolean.FALSE.equals(entry.serializable()) || "none".equals(entry.strategy())) {
                String reason = entry.reason() == null ? "no reason recorded" : entry.reason();
                flags.addForTask(FlagCode.NON_SERIALIZABLE_TASK, "pending " + Messages.id(entry.taskId())
                        + " has no stable reference: " + reason, entry.taskId(), entry.index());
            }
        }
        if (context == null) {
            return;
        }
        for (NonSerializableValue value : context.nonSerializableValues()) {
            flags.add(new InspectionFlag(FlagCode.NON_SERIALIZABLE_VALUE, "channel value " + Messages.id(value.key())
                    + " of type " + (value.type() == null ? "unknown" : value.type()) + " was not written"
                    + (value.reason() == null ? "" : ": " + value.reason()), null,
                    FlagCode.NON_SERIALIZABLE_VALUE.hint(), "$.non_serializable_values", -1));
        }
        if (context.graphKnown()) {
            notInGraph(state, entries, context, openWorkflow, flags);
            if (openWorkflow != null) {
                drift(context.graphNodes(), openWorkflow, flags);
            }
        }
    }

    private static void notInGraph(StateSummary state, List<PendingEntry> entries, ContextSummary context,
                                   Map<String, GraphNode> openWorkflow, FlagCollector flags) {
        Set<String> known = new HashSet<>(context.graphNodes().keySet());
        known.addAll(context.dynamicTaskIds());
        if (openWorkflow != null) {
            known.addAll(openWorkflow.keySet());
        }
        Set<String> reported = new HashSet<>();
        String resuming = state == null ? null : state.resumingTaskId();
        if (resuming != null && !known.contains(resuming) && reported.add(resuming)) {
            flags.add(new InspectionFlag(FlagCode.TASK_NOT_IN_GRAPH, "resuming task " + Messages.id(resuming)
                    + " is not a node of the stored graph" + (openWorkflow == null ? "" : " nor of the open workflow"),
                    resuming, FlagCode.TASK_NOT_IN_GRAPH.hint(), "$.resuming_task_id", -1));
        }
        for (PendingEntry entry : entries) {
            String id = entry.taskId();
            if (id != null && !known.contains(id)) {
                if (reported.add(id)) {
                    flags.addForTask(FlagCode.TASK_NOT_IN_GRAPH, "pending " + Messages.id(id)
                            + " is not a node of the stored graph" + (openWorkflow == null ? ""
                            : " nor of the open workflow"), id, entry.index());
                } else {
                    flags.attach(entry.index(), FlagCode.TASK_NOT_IN_GRAPH);
                }
            }
        }
    }

    private static void drift(Map<String, GraphNode> stored, Map<String, GraphNode> open, FlagCollector flags) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (GraphNode node : open.values()) {
            GraphNode before = stored.get(node.id());
            if (before == null) {
                added.add(node.id());
            } else if (differs(before, node)) {
                changed.add(node.id());
            }
        }
        for (String id : stored.keySet()) {
            if (!open.containsKey(id)) {
                removed.add(id);
            }
        }
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + Messages.ids(added, LISTED));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + Messages.ids(removed, LISTED));
        }
        if (!changed.isEmpty()) {
            parts.add("changed " + Messages.ids(changed, LISTED));
        }
        flags.add(FlagCode.GRAPH_DRIFT, "the open workflow differs from the stored graph: " + String.join("; ", parts));
    }

    private static boolean differs(GraphNode stored, GraphNode open) {
        if (stored.kind() != null && open.kind() != null && !stored.kind().equals(open.kind())) {
            return true;
        }
        JsonValue before = stored.config();
        JsonValue now = open.config();
        return before != null && now != null && !JsonValue.equivalent(before, now);
    }
}
