package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.GraphNode;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the inspector window shows first of one set, prepared on the loading worker so that the FX
 * thread only has to publish it: the rows, the overview, the set's pickle file and the comparison
 * with the open workflow. The parts that need further reading come after ({@link SetExtras}).
 * Immutable and thread-safe.
 *
 * @param inspection   the inspection
 * @param rows         the pending rows in queue order
 * @param overview     the overview texts
 * @param pickles      the set's {@code .pkl} to list, if it has one
 * @param workflowIds  the open workflow's ids, or {@code null} when none was given
 * @param workflowNote what the comparison with the open workflow found
 */
record LoadedSet(CheckpointInspection inspection, List<PendingRow> rows, InspectionOverview overview,
                 List<PickleViewModel.Source> pickles, Set<String> workflowIds, String workflowNote) {

    /** Prepares a set for display (on a worker). */
    static LoadedSet prepare(CheckpointInspection inspection, Collection<GraphNode> workflow) {
        Set<String> workflowIds = null;
        if (workflow != null) {
            workflowIds = new HashSet<>();
            for (GraphNode node : workflow) {
                workflowIds.add(node.id());
            }
        }
        List<PendingEntry> pending = inspection.pending();
        Map<String, Integer> copies = new HashMap<>(Math.max(16, pending.size() * 2));
        for (PendingEntry entry : pending) {
            if (entry.taskId() != null) {
                copies.merge(entry.taskId(), 1, Integer::sum);
            }
        }
        FlagIndex flags = new FlagIndex(inspection.flags());
        List<PendingRow> rows = new ArrayList<>(pending.size());
        for (PendingEntry entry : pending) {
            Boolean inWorkflow = workflowIds == null ? null
                    : entry.taskId() != null && workflowIds.contains(entry.taskId());
            rows.add(new PendingRow(entry, entry.taskId() == null ? 1 : copies.get(entry.taskId()), inWorkflow, flags));
        }
        List<PickleViewModel.Source> pickles = new ArrayList<>();
        Path pkl = inspection.base().resolveSibling(inspection.base().getFileName() + CheckpointFile.PKL.suffix());
        if (Files.isRegularFile(pkl)) {
            pickles.add(new PickleViewModel.Source(pkl.getFileName().toString(), pkl, null, inspection.pickle()));
        }
        return new LoadedSet(inspection, rows, InspectionOverview.of(inspection), pickles, workflowIds,
                workflowNote(inspection, workflow, workflowIds));
    }

    /** The pending (and resuming) ids that a workflow has, distinct, in queue order. */
    List<String> idsIn(Set<String> workflowIds) {
        if (workflowIds == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        StateSummary state = inspection.state();
        if (state != null && state.resumingTaskId() != null && workflowIds.contains(state.resumingTaskId())) {
            ids.add(state.resumingTaskId());
        }
        for (PendingEntry entry : inspection.pending()) {
            if (entry.taskId() != null && workflowIds.contains(entry.taskId())) {
                ids.add(entry.taskId());
            }
        }
        return List.copyOf(ids);
    }

    private static String workflowNote(CheckpointInspection inspection, Collection<GraphNode> workflow,
                                       Set<String> workflowIds) {
        if (workflowIds == null) {
            return "No workflow open: ids are checked against the set only.";
        }
        Set<String> missing = new LinkedHashSet<>();
        StateSummary state = inspection.state();
        if (state != null && state.resumingTaskId() != null && !workflowIds.contains(state.resumingTaskId())) {
            missing.add(state.resumingTaskId());
        }
        for (PendingEntry entry : inspection.pending()) {
            if (entry.taskId() != null && !workflowIds.contains(entry.taskId())) {
                missing.add(entry.taskId());
            }
        }
        String checked = "Checked against the open workflow (" + InspectorFormat.plural(workflow.size(), "task",
                "tasks") + ")";
        if (missing.isEmpty()) {
            return checked + ": every pending and resuming id is in it.";
        }
        List<String> shown = missing.stream().limit(10).map(InspectorFormat::visible).toList();
        return checked + ": " + InspectorFormat.plural(missing.size(), "pending or resuming id is",
                "pending or resuming ids are") + " not in it: " + String.join(", ", shown)
                + (missing.size() > shown.size() ? ", …" : "");
    }
}
