package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
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
 * Everything the inspector window shows of one set, prepared on the loading worker so that the FX
 * thread only has to publish it: the rows, the overview, the channel, the context tree, the
 * pickle sources and the comparison with the open workflow. Immutable and thread-safe.
 *
 * @param inspection   the inspection
 * @param rows         the pending rows in queue order
 * @param overview     the overview texts
 * @param channel      the studio channel ({@link ChannelContent#NONE} for Graflow sets)
 * @param contextTree  the context tab's tree
 * @param pickles      the pickles to list
 * @param workflowIds  the open workflow's ids, or {@code null} when none was given
 * @param workflowNote what the comparison with the open workflow found
 */
record LoadedSet(CheckpointInspection inspection, List<PendingRow> rows, InspectionOverview overview,
                 ChannelContent channel, ContextViewModel.Tree contextTree, List<PickleViewModel.Source> pickles,
                 Set<String> workflowIds, String workflowNote) {

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
        ChannelContent channel = inspection.format() == CheckpointFormat.STUDIO
                || Files.exists(file(inspection, CheckpointFile.CONTEXT)) ? ChannelContent.read(inspection.base())
                : ChannelContent.NONE;
        List<PickleViewModel.Source> pickles = new ArrayList<>();
        Path pkl = file(inspection, CheckpointFile.PKL);
        if (Files.isRegularFile(pkl)) {
            pickles.add(new PickleViewModel.Source(pkl.getFileName().toString(), pkl, null, inspection.pickle()));
        }
        if (inspection.format() == CheckpointFormat.GRAFLOW_LEGACY) {
            for (LegacyPayload payload : LegacyPayload.read(inspection.base())) {
                pickles.add(new PickleViewModel.Source(payload.label(), null, payload, null));
            }
        }
        return new LoadedSet(inspection, rows, InspectionOverview.of(inspection), channel,
                ContextViewModel.build(inspection, channel), pickles,
                workflowIds, workflowNote(inspection, workflow, workflowIds));
    }

    private static Path file(CheckpointInspection inspection, CheckpointFile kind) {
        return inspection.base().resolveSibling(inspection.base().getFileName() + kind.suffix());
    }

    /** The pending (and resuming) ids that the open workflow has, distinct, in queue order. */
    List<String> idsInWorkflow() {
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
