package io.github.graflowstudio.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The inspector's view model without a display: every shared fixture set and sets of our own writer. */
class InspectorViewModelTest {
    @TempDir
    Path folder;

    static Stream<String> fixtureNames() {
        return InspectorSets.fixtureNames().stream();
    }

    static InspectorViewModel opened(Path set) {
        InspectorViewModel model = new InspectorViewModel(Runnable::run, Runnable::run);
        model.open(set);
        assertNull(model.failureProperty().get(), () -> model.failureProperty().get());
        assertNotNull(model.inspectionProperty().get());
        return model;
    }

    private static List<String> ids(List<PendingRow> rows) {
        return rows.stream().map(PendingRow::taskId).toList();
    }

    @ParameterizedTest
    @MethodSource("fixtureNames")
    void everyFixtureShowsItsExpectedQueueFlagsAndSeverity(String name) {
        InspectorViewModel model = opened(InspectorSets.fixture(name));
        JsonNode expected = InspectorSets.expected(name);
        assertEquals(InspectorSets.expectedPendingIds(name), ids(model.pending().visibleRows()));
        assertEquals(expected.get("worst_severity").asText(), model.overviewProperty().get().worstSeverity().wireName());
        assertEquals(expected.get("meta").get("checkpoint_id").asText(), model.overviewProperty().get().checkpointId());
        List<String> completed = new ArrayList<>();
        expected.get("state").get("completed_tasks").forEach(id -> completed.add(id.asText()));
        assertEquals(completed, model.overviewProperty().get().completedTasks());
        long flagLines = model.flags().items().stream().filter(item -> !item.header()).count();
        assertEquals(expected.get("flags").size(), flagLines);
        assertFalse(model.loadingProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertTrue(model.loadMillisProperty().get() >= 0);
    }

    @ParameterizedTest
    @MethodSource("fixtureNames")
    void rowFlagsAreTheReadersFlagsForEachEntry(String name) {
        InspectorViewModel model = opened(InspectorSets.fixture(name));
        CheckpointInspection inspection = model.inspectionProperty().get();
        for (PendingRow row : model.pending().rows()) {
            assertEquals(inspection.flagsFor(row.entry()), row.flags(), row.toString());
        }
    }

    @Test
    void overviewShowsMetaStateAndUserMetadata() {
        InspectionOverview deferred = opened(InspectorSets.fixture("a1_chain_deferred")).overviewProperty().get();
        assertEquals("graflow (Python Graflow HEAD)", deferred.format());
        assertEquals("9c14fc51d871471fbadba1c4d1f71f84", deferred.sessionId());
        assertEquals("2026-11-28T05:04:17.015154+00:00", deferred.createdAt());
        assertEquals("2", deferred.steps());
        assertEquals("step_1", deferred.startNode());
        assertEquals("{\"channel\": \"memory\"}", deferred.backend());
        assertEquals(List.of("step_1 = 1", "step_2 = 1"), deferred.cycleCounts());
        assertEquals("—", deferred.resumingTask());
        assertEquals(List.of("stage", "task_id", "cycle_count", "elapsed_time", "mode"),
                deferred.userMetadata().children().stream().map(ValueNode::key).toList());
        assertTrue(deferred.pickleCheck().startsWith("valid · protocol 5 · 1,215 opcodes"), deferred.pickleCheck());
        assertEquals("step_2", opened(InspectorSets.fixture("a2_chain_immediate")).overviewProperty().get()
                .resumingTask());
        InspectionOverview legacy = opened(InspectorSets.fixture("o2_old_mixed_strategies")).overviewProperty().get();
        assertNotNull(legacy.completedNote());
        assertTrue(opened(InspectorSets.fixture("g3_garbage_pkl")).overviewProperty().get().pickleCheck()
                .startsWith("invalid: "));
    }

    @Test
    void filtersByFlaggedSeverityAndText() {
        InspectorViewModel model = opened(InspectorSets.fixture("o2_old_mixed_strategies"));
        PendingTableModel table = model.pending();
        assertEquals("6 entries", table.countTextProperty().get());
        table.flaggedOnlyProperty().set(true);
        assertEquals(List.of("step_3", "lambda_task", "nested_helper_task", "placeholder_task"),
                ids(table.visibleRows()));
        table.flaggedOnlyProperty().set(false);
        table.minimumSeverityProperty().set(Severity.WARNING);
        assertEquals(List.of("nested_helper_task", "placeholder_task"), ids(table.visibleRows()));
        assertEquals("2 of 6 entries", table.countTextProperty().get());
        table.minimumSeverityProperty().set(Severity.NONE);
        table.searchTextProperty().set("LAMBDA");
        assertEquals(List.of("lambda_task"), ids(table.visibleRows()));
        table.searchTextProperty().set("old_reference");
        assertEquals(List.of("nested_helper_task", "placeholder_task"), ids(table.visibleRows()));
        table.clearFilters();
        assertEquals(6, table.visibleRows().size());
    }

    @Test
    void sortsByAnyColumnAndReturnsToQueueOrder() {
        InspectorViewModel model = opened(InspectorSets.fixture("o2_old_mixed_strategies"));
        PendingTableModel table = model.pending();
        List<String> queue = ids(table.visibleRows());
        table.comparatorProperty().set(Comparator.comparing(PendingRow::taskIdDisplay));
        assertEquals(queue.stream().sorted().toList(), ids(table.visibleRows()));
        table.comparatorProperty().set(Comparator.comparing(PendingRow::severity).reversed());
        assertEquals(Severity.WARNING, table.visibleRows().get(0).severity());
        table.queueOrder();
        assertEquals(queue, ids(table.visibleRows()));
    }

    @Test
    void selectingAFlagSelectsItsEntryAndDetailsGiveReasonAndHint() {
        InspectorViewModel model = opened(InspectorSets.fixture("o2_old_mixed_strategies"));
        model.pending().searchTextProperty().set("step_2");
        InspectionFlag nested = model.inspectionProperty().get().flags().stream()
                .filter(flag -> flag.code() == FlagCode.OLD_REFERENCE_UNRESOLVABLE).findFirst().orElseThrow();
        model.selectFlag(nested);
        assertEquals(3, model.selectedRowProperty().get().index());
        assertFalse(model.pending().filtering(), "a filter hiding the entry is cleared");
        String details = model.detailsProperty().get();
        assertTrue(details.contains("nested_helper_task"), details);
        assertTrue(details.contains("Reason: " + nested.message()), details);
        assertTrue(details.contains("Fix: " + nested.hint()), details);
        InspectionFlag format = model.inspectionProperty().get().flags().get(0);
        model.selectFlag(format);
        assertNull(model.selectedRowProperty().get());
        assertTrue(model.detailsProperty().get().contains("OLD_FORMAT"));
    }

    @Test
    void flagsAreGroupedBySeverityWorstFirstAndCollapse() {
        FlagListModel flags = opened(InspectorSets.fixture("o2_old_mixed_strategies")).flags();
        List<FlagListItem> headers = flags.items().stream().filter(FlagListItem::header).toList();
        assertEquals(List.of(Severity.WARNING, Severity.INFO), headers.stream().map(FlagListItem::severity).toList());
        assertEquals("▾ Warnings (2)", headers.get(0).text());
        assertEquals(FlagCode.OLD_REFERENCE_UNRESOLVABLE, flags.items().get(1).flag().code());
        flags.toggle(Severity.WARNING);
        assertEquals("▸ Warnings (2)", flags.items().get(0).text());
        assertTrue(flags.items().get(1).header());
        assertEquals(2 + 4, flags.items().size());
    }

    @Test
    void studioSetShowsDuplicatesVerdictsAndContextValues() {
        InspectorViewModel model = opened(InspectorSets.studioSet(folder, "studio"));
        assertEquals(CheckpointFormat.STUDIO, model.inspectionProperty().get().format());
        List<PendingRow> rows = model.pending().rows();
        assertEquals(List.of("a", "b", "d", "b"), ids(rows));
        assertEquals(2, rows.get(1).duplicateCount());
        assertNull(rows.get(0).duplicateCount());
        assertTrue(rows.get(1).flags().stream().anyMatch(flag -> flag.code() == FlagCode.DUPLICATE_PENDING));
        assertTrue(rows.get(2).serializableText().startsWith("no"), rows.get(2).serializableText());
        assertEquals(Severity.ERROR, rows.get(2).severity());
        assertTrue(rows.get(2).tooltipText().contains("NON_SERIALIZABLE_TASK"));
        ValueNode root = model.context().rootProperty().get();
        List<String> groups = root.children().stream().map(ValueNode::key).toList();
        assertEquals(List.of("Channel", "Results", "Not serialisable", "Run settings"), groups);
        ValueNode channel = root.children().get(0);
        assertEquals(List.of("count", "nested", "ratio"), channel.children().stream().map(ValueNode::key).toList());
        assertEquals("NaN", channel.children().get(2).value());
        assertEquals(List.of("items", "label"), channel.children().get(1).children().stream().map(ValueNode::key)
                .toList());
        assertEquals("a", root.children().get(1).children().get(0).key());
        ValueNode handle = root.children().get(2).children().get(0);
        assertEquals("handle", handle.key());
        assertEquals(Severity.ERROR, handle.mark());
        assertEquals("java.lang.Object", handle.type());
        assertTrue(model.context().summaryProperty().get().contains("1 not serialisable"));
        assertEquals("Only Graflow Studio sets have a context file;", opened(InspectorSets.fixture("a1_chain_deferred"))
                .context().summaryProperty().get().split(" a Python")[0]);
    }

    @Test
    void cancelDropsTheRunningLoad() {
        List<Runnable> queued = new ArrayList<>();
        InspectorViewModel model = new InspectorViewModel(queued::add, Runnable::run);
        model.open(InspectorSets.fixture("a1_chain_deferred"));
        assertTrue(model.loadingProperty().get());
        assertEquals(-1.0, model.progressProperty().get());
        model.cancel();
        assertFalse(model.loadingProperty().get());
        queued.remove(0).run();
        assertNull(model.inspectionProperty().get());
        assertEquals("Cancelled.", model.statusProperty().get());
    }

    @Test
    void aPathThatIsNoCheckpointIsReported() {
        InspectorViewModel model = new InspectorViewModel(Runnable::run, Runnable::run);
        model.open(folder.resolve("nothing.state.json"));
        assertNotNull(model.failureProperty().get());
        assertTrue(model.failureProperty().get().contains("is not a checkpoint"), model.failureProperty().get());
        assertNull(model.inspectionProperty().get());
    }

    @Test
    void exportsTheStableJsonAndAMarkdownReport() throws Exception {
        InspectorViewModel model = opened(InspectorSets.fixture("o2_old_mixed_strategies"));
        StringWriter json = new StringWriter();
        model.write(ExportFormat.JSON, json);
        JsonNode report = new ObjectMapper().readTree(json.toString());
        assertEquals("graflow-legacy", report.get("format").asText());
        assertEquals(6, report.get("pending").size());
        StringWriter markdown = new StringWriter();
        model.write(ExportFormat.MARKDOWN, markdown);
        String text = markdown.toString();
        assertTrue(text.contains("## Flags (6)"), text);
        assertTrue(text.contains("## Pending (6)"), text);
        assertTrue(text.contains("| 3 | `nested_helper_task` | ready | reference | 0 / 3 |"), text);
        assertTrue(text.contains("| warning | `OLD_REFERENCE_UNRESOLVABLE` | `nested_helper_task` | #3 |"), text);
        Path target = folder.resolve("report.md");
        List<String> done = new ArrayList<>();
        model.export(ExportFormat.MARKDOWN, target, done::add, done::add);
        assertEquals(List.of("Exported report.md"), done);
        assertEquals(text, Files.readString(target));
    }

    @Test
    void markdownCellsKeepOddIdsFromBreakingTables() {
        assertEquals("a\\|b c", MarkdownReport.cell("a|b\nc"));
        assertEquals("`x\\u200by`", MarkdownReport.code("x\u200by"));
        assertEquals("`` a`b ``", MarkdownReport.code("a`b"));
    }
}
