package io.github.graflowstudio.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoint diffs without a display: the shared fixtures, our own sets and the queue matching. */
class DiffViewModelTest {
    @TempDir
    Path folder;

    private static DiffViewModel compared(Path left, Path right) {
        DiffViewModel model = new DiffViewModel(Runnable::run, Runnable::run);
        model.compare(left, right);
        assertEquals(null, model.failureProperty().get());
        return model;
    }

    private static DiffRow row(DiffViewModel model, String section, String key) {
        return model.section(section).stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError(section + " " + key + " not in " + model.section(section)));
    }

    @Test
    void deferredAgainstImmediateChainShowsEveryDifference() {
        DiffViewModel model = compared(InspectorSets.fixture("a1_chain_deferred"),
                InspectorSets.fixture("a2_chain_immediate"));
        String summary = model.summaryProperty().get();
        assertTrue(summary.startsWith("1 pending removed · step 2 → 1 · resuming — → step_2"), summary);
        assertTrue(summary.contains("checkpoint id, session id, created at differ"), summary);
        assertTrue(summary.contains("1 completed task removed"), summary);
        assertTrue(summary.contains("user metadata keys changed"), summary);
        DiffRow pending = row(model, "Pending", "step_3");
        assertEquals(DiffRow.Kind.REMOVED, pending.kind());
        assertEquals("#0 · ready · retries 0 / 3", pending.left());
        assertEquals(DiffRow.Kind.REMOVED, row(model, "Completed", "step_2").kind());
        assertEquals(DiffRow.Kind.SAME, row(model, "Completed", "step_1").kind());
        assertEquals(DiffRow.Kind.CHANGED, row(model, "User metadata", "mode").kind());
        assertEquals("deferred", row(model, "User metadata", "mode").left());
        assertEquals(DiffRow.Kind.CHANGED, row(model, "Set", "steps").kind());
        assertEquals(DiffRow.Kind.SAME, row(model, "Cycle counts", "step_2").kind());
        assertTrue(model.visibleRows().stream().allMatch(DiffRow::changed));
        int changes = model.visibleRows().size();
        model.changesOnlyProperty().set(false);
        assertTrue(model.visibleRows().size() > changes);
        assertTrue(model.leftTitleProperty().get().startsWith("a1_chain_deferred/checkpoint"));
    }

    @Test
    void aSetAgainstItselfHasNoDifferences() {
        DiffViewModel model = compared(InspectorSets.fixture("o2_old_mixed_strategies"),
                InspectorSets.fixture("o2_old_mixed_strategies"));
        assertEquals("No differences", model.summaryProperty().get());
        assertTrue(model.visibleRows().isEmpty());
    }

    @Test
    void studioSetsDifferInQueueRetriesAndChannelValues() {
        TaskGraph graph = new TaskGraph();
        for (String id : List.of("a", "b", "c", "d")) {
            graph.addNode(Tasks.ofKind(id, "echo", Map.of("value", 1), ctx -> 1, TaskOptions.retries(3)));
        }
        ExecutionContext context = ExecutionContext.create(graph, "a", 100);
        context.enqueue("b");
        context.enqueue("c");
        context.channel().set("kept", 1);
        context.channel().set("changes", "before");
        context.channel().set("dropped", true);
        CheckpointManager manager = new CheckpointManager(folder, null);
        manager.createCheckpoint(context, folder.resolve("before"), Map.of("stage", "one"), null);

        ExecutionContext later = ExecutionContext.builder(graph).startNode("a").enqueueStart(false).maxSteps(100)
                .build();
        later.enqueue("c");
        later.enqueueRestored("a", 1795842257.0, 1, 3, "boom", null);
        later.enqueue("d");
        later.channel().set("kept", 1.0);
        later.channel().set("changes", "after");
        later.channel().set("fresh", List.of(1, 2));
        manager.createCheckpoint(later, folder.resolve("after"), Map.of("stage", "two", "extra", 1), null);

        DiffViewModel model = compared(folder.resolve("before"), folder.resolve("after"));
        String summary = model.summaryProperty().get();
        assertTrue(summary.startsWith("1 pending added, 1 removed, 1 changed, 1 reordered"), summary);
        assertTrue(summary.contains("1 channel value added, 1 removed, 1 changed"), summary);
        assertTrue(summary.contains("1 user metadata key added, 1 changed"), summary);
        DiffRow a = row(model, "Pending", "a");
        assertEquals(DiffRow.Kind.CHANGED, a.kind());
        assertTrue(a.note().contains("retries 0 → 1"), a.note());
        assertTrue(a.note().contains("last error — → boom"), a.note());
        assertFalse(a.note().contains("moved"), "a keeps its place relative to c's move: " + a.note());
        assertEquals(DiffRow.Kind.REMOVED, row(model, "Pending", "b").kind());
        assertEquals(DiffRow.Kind.MOVED, row(model, "Pending", "c").kind());
        assertEquals("moved #2 → #0", row(model, "Pending", "c").note());
        assertEquals(DiffRow.Kind.ADDED, row(model, "Pending", "d").kind());
        assertEquals(DiffRow.Kind.SAME, row(model, "Channel", "kept").kind(), "1 and 1.0 are the same number");
        assertEquals(DiffRow.Kind.CHANGED, row(model, "Channel", "changes").kind());
        assertEquals(DiffRow.Kind.REMOVED, row(model, "Channel", "dropped").kind());
        assertEquals(DiffRow.Kind.ADDED, row(model, "Channel", "fresh").kind());
        assertNotNull(row(model, "Flags", "RETRY_RECORDED a"));
    }

    @Test
    void queueMatchingKeepsTheLongestOrderedRunAndMatchesDuplicatesByCopy() {
        List<PendingEntry> left = entries("a", "b", "c", "b", "x");
        List<PendingEntry> right = entries("c", "a", "b", "b", "y");
        List<DiffRow> rows = new ArrayList<>();
        PendingDiff.Counts counts = PendingDiff.compare(left, right, rows);
        assertEquals(new PendingDiff.Counts(1, 1, 0, 1), counts);
        List<String> kinds = rows.stream().map(row -> row.key() + ":" + row.kind()).toList();
        assertEquals(List.of("c:MOVED", "a:SAME", "b:SAME", "b:SAME", "y:ADDED", "x:REMOVED"), kinds);
        boolean[] kept = PendingDiff.longestIncreasing(new int[] {2, 0, 1, 3, -1});
        assertFalse(kept[0]);
        assertTrue(kept[1] && kept[2] && kept[3] && kept[4]);
    }

    private static List<PendingEntry> entries(String... ids) {
        List<PendingEntry> entries = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            entries.add(new PendingEntry(i, ids[i], "ready", 1.0, 0L, 3L, null, null, null, null, null, null, null,
                    null));
        }
        return entries;
    }
}
