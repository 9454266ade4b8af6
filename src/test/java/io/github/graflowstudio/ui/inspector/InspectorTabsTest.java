package io.github.graflowstudio.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.GraphNode;
import io.github.graflowstudio.checkpoint.pickle.PickleGlobal;
import io.github.graflowstudio.checkpoint.pickle.PickleOpcode;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pickle, raw and workflow parts of the inspector's view model, without a display. */
class InspectorTabsTest {
    @TempDir
    Path folder;

    private Path copyFixture(String name) throws Exception {
        Path target = Files.createDirectories(folder.resolve(name));
        for (String suffix : List.of(".pkl", ".state.json", ".meta.json")) {
            Files.copy(InspectorSets.fixture(name).resolveSibling("checkpoint" + suffix),
                    target.resolve("checkpoint" + suffix), StandardCopyOption.REPLACE_EXISTING);
        }
        return target.resolve("checkpoint");
    }

    @Test
    void pickleTabListsEveryOpcodeAndTheGlobals() {
        PickleViewModel pickle = InspectorViewModelTest.opened(InspectorSets.fixture("a1_chain_deferred")).pickle();
        assertEquals(1, pickle.sources().size());
        assertEquals(1215, pickle.instructions().size());
        assertEquals(PickleOpcode.PROTO, pickle.instructions().get(0).opcode());
        assertEquals(PickleOpcode.STOP, pickle.instructions().get(1214).opcode());
        assertFalse(pickle.globals().isEmpty());
        assertNull(pickle.problemProperty().get());
        assertTrue(pickle.verdictProperty().get().startsWith("valid · protocol 5 · 1,215 opcodes"),
                pickle.verdictProperty().get());
        assertEquals("opcodes 1–1,215 of 1,215", pickle.pageTextProperty().get());
        assertFalse(pickle.hasNextPage());
    }

    @Test
    void garbagePickleShowsItsErrorButTheJsonStillLoads() {
        InspectorViewModel model = InspectorViewModelTest.opened(InspectorSets.fixture("g3_garbage_pkl"));
        assertEquals(List.of("step_3"), model.pending().rows().stream().map(PendingRow::taskId).toList());
        String problem = model.pickle().problemProperty().get();
        assertNotNull(problem);
        assertEquals(model.inspectionProperty().get().pickle().problem(), problem);
        assertEquals(FileStatus.INVALID, model.raw().selectedProperty().get().status());
        assertEquals(CheckpointFile.PKL, model.raw().selectedProperty().get().kind());
        assertTrue(model.raw().errorRowProperty().get() >= 0);
    }

    @Test
    void legacyPicklePayloadsAreListedAndWalked() {
        PickleViewModel pickle = InspectorViewModelTest.opened(InspectorSets.fixture("o2_old_mixed_strategies"))
                .pickle();
        assertEquals(List.of("checkpoint.pkl", "payload of step_3 (#1, 5,308 bytes)",
                "payload of lambda_task (#2, 651 bytes)"), pickle.sources().stream().map(Object::toString).toList());
        pickle.selectedProperty().set(pickle.sources().get(2));
        assertEquals(160, pickle.instructions().size());
        assertTrue(pickle.globals().stream().map(PickleGlobal::qualifiedName).anyMatch(name -> name.contains("cloudpickle")),
                pickle.globals().toString());
        pickle.selectedProperty().set(pickle.sources().get(1));
        assertEquals(1766, pickle.instructions().size());
    }

    @Test
    void unsafeGlobalsCarryTheirRisk() throws Exception {
        Path base = copyFixture("a1_chain_deferred");
        // PROTO 2, GLOBAL os system, STOP: names os.system, which is never looked up
        byte[] pickle = "\u0080\u0002cos\nsystem\n.".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(base.resolveSibling("checkpoint.pkl"), pickle);
        PickleViewModel model = InspectorViewModelTest.opened(base).pickle();
        PickleGlobal system = model.globals().get(0);
        assertEquals("os.system", system.qualifiedName());
        assertTrue(system.unsafe());
        assertNotNull(system.unsafeReason());
    }

    @Test
    void brokenStateJsonOpensOnTheRawTextWithTheErrorMarked() throws Exception {
        Path base = copyFixture("a1_chain_deferred");
        Path state = base.resolveSibling("checkpoint.state.json");
        String text = Files.readString(state);
        Files.writeString(state, text.substring(0, text.indexOf("\"cycle_counts\"")) + "\"cycle_counts\": {,\n}\n");
        InspectorViewModel model = InspectorViewModelTest.opened(base);
        RawViewModel raw = model.raw();
        assertEquals(CheckpointFile.STATE, raw.selectedProperty().get().kind());
        int row = raw.errorRowProperty().get();
        RawLine line = raw.lines().get(row);
        assertTrue(line.error());
        assertEquals(11, line.number());
        assertTrue(line.text().contains("\"cycle_counts\": {,"), line.text());
        RawLine marker = raw.lines().get(row + 1);
        assertTrue(marker.marker());
        assertEquals("                   ^", marker.text().substring(0, 20));
        assertTrue(raw.problemProperty().get().contains("at line 11, column 20"), raw.problemProperty().get());
        assertEquals("9c14fc51d871471fbadba1c4d1f71f84_2_1795842257", model.overviewProperty().get().checkpointId(),
                "one broken file never hides the others");
        raw.selectedProperty().set(raw.files().get(1));
        assertEquals(-1, raw.errorRowProperty().get());
        assertTrue(raw.lines().get(1).text().contains("checkpoint_id"));
    }

    @Test
    void rawPositionComesFromTheParseWhenTheMessageHasNone() {
        byte[] json = "{\n  \"a\": [1,\n  2,,]\n}".getBytes(StandardCharsets.UTF_8);
        int[] position = RawText.parsePosition(json);
        assertEquals(3, position[0]);
        int[] lineStart = RawText.position("bad at byte offset 13 of 20", json);
        assertEquals(List.of(3, 1), List.of(lineStart[0], lineStart[1]));
        int[] inLine = RawText.position("not UTF-8 at byte offset 10 of 20 bytes", json);
        assertEquals(List.of(2, 9), List.of(inLine[0], inLine[1]));
        int[] given = RawText.position("x: Unexpected character at line 7, column 12 (byte offset 99)", json);
        assertEquals(List.of(7, 12), List.of(given[0], given[1]));
    }

    @Test
    void openWorkflowMarksRowsAndReinspectsWithTheWorkflow() throws Exception {
        Path base = InspectorSets.studioSet(folder, "studio");
        dropStoredNode(base, "d");
        InspectorViewModel model = InspectorViewModelTest.opened(base);
        assertTrue(model.inspectionProperty().get().flagCodes().contains(FlagCode.TASK_NOT_IN_GRAPH));
        assertNull(model.pending().rows().get(0).inWorkflow());
        assertEquals(List.of(), model.idsToShowOnCanvas());

        WorkflowDocument document = WorkflowDocument.of("open", List.of(WorkflowNode.of("a", "echo", Map.of("value", 1)),
                WorkflowNode.of("b", "echo", Map.of("value", 2)), WorkflowNode.of("d", "echo", Map.of())),
                List.of(), List.of(new WorkflowGroup("g", List.of("a", "b"), null, Map.of())));
        List<GraphNode> nodes = WorkflowNodes.of(document);
        assertEquals(List.of("a", "b", "d", "g"), nodes.stream().map(GraphNode::id).toList());
        model.recheck(nodes);
        assertFalse(model.inspectionProperty().get().flagCodes().contains(FlagCode.TASK_NOT_IN_GRAPH),
                "d is in the open workflow");
        assertEquals(List.of("a", "b", "d"), model.idsToShowOnCanvas());
        assertTrue(model.pending().rows().stream().allMatch(PendingRow::inWorkflow));

        model.recheck(WorkflowNodes.of(WorkflowDocument.of("open", List.of(WorkflowNode.of("a", "echo",
                Map.of("value", 1))), List.of(), List.of())));
        assertTrue(model.inspectionProperty().get().flagCodes().contains(FlagCode.TASK_NOT_IN_GRAPH));
        assertTrue(model.inspectionProperty().get().flagCodes().contains(FlagCode.GRAPH_DRIFT));
        assertEquals(List.of("a"), model.idsToShowOnCanvas());
        assertEquals(Boolean.FALSE, model.pending().rows().get(2).inWorkflow());
        String note = model.workflowNoteProperty().get();
        assertTrue(note.contains("2 pending or resuming ids are not in it: b, d"), note);
        assertNull(WorkflowNodes.of(null));
    }

    @Test
    void longPicklesAreListedAPageAtATime() throws Exception {
        Path base = copyFixture("a1_chain_deferred");
        int items = 45_000;
        java.io.ByteArrayOutputStream pickle = new java.io.ByteArrayOutputStream();
        pickle.write(new byte[] {(byte) 0x80, 4, ']', '('});
        for (int i = 0; i < items; i++) {
            pickle.write(new byte[] {'K', (byte) (i & 0x7f)});
        }
        pickle.write(new byte[] {'e', '.'});
        Files.write(base.resolveSibling("checkpoint.pkl"), pickle.toByteArray());
        PickleViewModel model = InspectorViewModelTest.opened(base).pickle();
        long total = items + 5;
        assertEquals(PickleViewModel.PAGE_SIZE, model.instructions().size());
        assertEquals("opcodes 1–20,000 of 45,005", model.pageTextProperty().get());
        assertTrue(model.hasNextPage());
        model.nextPage();
        model.nextPage();
        assertEquals(40_000, model.firstRowProperty().get());
        assertEquals(total - 40_000, model.instructions().size());
        assertEquals(PickleOpcode.STOP, model.instructions().get(model.instructions().size() - 1).opcode());
        assertEquals(40_000, model.instructions().get(0).index());
        assertFalse(model.hasNextPage());
        model.previousPage();
        assertEquals(20_000, model.instructions().get(0).index());
    }

    @Test
    void oddIdsAreShownMadeVisibleAndKeptExact() throws Exception {
        Path base = copyFixture("b1_fanout_parallel_group");
        Path state = base.resolveSibling("checkpoint.state.json");
        Files.writeString(state, Files.readString(state).replace("\"audit\"", "\"au\\u200bdit\"")
                .replace("\"notify\"", "\"line\\nbreak\""));
        InspectorViewModel model = InspectorViewModelTest.opened(base);
        List<PendingRow> rows = model.pending().rows();
        assertEquals("au\\u200bdit", rows.get(1).taskIdDisplay());
        assertEquals("au\u200bdit", rows.get(1).taskId());
        assertEquals("line\\nbreak", rows.get(2).taskIdDisplay());
        assertTrue(rows.get(1).flags().stream().anyMatch(flag -> flag.code() == FlagCode.ODD_TASK_IDS));
        model.pending().searchTextProperty().set("\\u200b");
        assertEquals(List.of(rows.get(1)), List.copyOf(model.pending().visibleRows()));
        java.io.StringWriter markdown = new java.io.StringWriter();
        model.write(ExportFormat.MARKDOWN, markdown);
        assertTrue(markdown.toString().contains("| 2 | `line\\nbreak` |"), markdown.toString());
    }

    /** Removes a node from the graph a studio context file stores (so the pending id is not in it). */
    private static void dropStoredNode(Path base, String id) throws Exception {
        Path context = base.resolveSibling(base.getFileName() + ".context.json");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(context.toFile());
        ArrayNode nodes = (ArrayNode) root.get("graph").get("nodes");
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).get("id").asText().equals(id)) {
                nodes.remove(i);
            }
        }
        mapper.writeValue(context.toFile(), root);
    }
}
