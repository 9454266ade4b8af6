package io.github.graflowstudio.checkpoint.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.GraphNode;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our own sets: context file, serialisability, graph membership and drift. */
class StudioSetsTest {
    @TempDir
    Path folder;

    private Path write(List<Map<String, Object>> pending, Map<String, Object> context) {
        return TestSets.write(folder, TestSets.json(TestSets.studioState(pending)),
                TestSets.json(TestSets.studioMeta()),
                context == null ? null : TestSets.json(context), null);
    }

    @Test
    void cleanStudioSetHasNoFlags() throws Exception {
        Path base = write(List.of(TestSets.studioEntry("b")), TestSets.context(List.of("a", "b")));
        CheckpointInspection inspection = CheckpointReader.read(base.resolveSibling("checkpoint.context.json"));
        assertEquals(CheckpointFormat.STUDIO, inspection.format());
        assertEquals(List.of(), inspection.flags());
        assertEquals(FileStatus.MISSING, inspection.fileStatus(CheckpointFile.PKL));
        assertEquals("kind", inspection.pending().get(0).strategy());
        assertTrue(inspection.context().graphKnown());
    }

    @Test
    void nonSerializableTasksAndValuesAreErrors() {
        Map<String, Object> lambda = TestSets.studioEntry("inline");
        lambda.put("task_data", Map.of("strategy", "none"));
        lambda.put("serializable", false);
        lambda.put("reason", "inline lambda in Flow.task(...) has no stable reference");
        Map<String, Object> context = TestSets.context(List.of("a", "inline"));
        context.put("non_serializable_values", List.of(Map.of("key", "conn", "type", "java.lang.Thread",
                "reason", "not JSON")));
        CheckpointInspection inspection = TestSets.read(write(List.of(lambda), context));
        assertEquals(List.of(FlagCode.NON_SERIALIZABLE_TASK, FlagCode.NON_SERIALIZABLE_VALUE), inspection.flagCodes());
        assertTrue(inspection.flags().get(0).message().contains("inline lambda"));
        assertTrue(inspection.flags().get(1).message().contains("'conn'"));
        assertTrue(inspection.flags().get(1).message().contains("java.lang.Thread"));
        assertFalse(inspection.pending().get(0).serializableVerdict());
        assertEquals("inline lambda in Flow.task(...) has no stable reference", inspection.pending().get(0).reason());
    }

    @Test
    void pendingIdsOutsideTheGraphAreErrorsUnlessDynamicOrOpen() throws Exception {
        Map<String, Object> context = TestSets.context(List.of("a", "b"));
        context.put("dynamic_tasks", List.of(Map.of("task_id", "loop_cycle_1_ab", "task_data", Map.of())));
        Path base = write(List.of(TestSets.studioEntry("b"), TestSets.studioEntry("loop_cycle_1_ab"),
                TestSets.studioEntry("ghost"), TestSets.studioEntry("ghost"), TestSets.studioEntry("new")), context);
        CheckpointInspection inspection = TestSets.read(base);
        assertEquals(List.of(FlagCode.ITERATION_TASK_PENDING, FlagCode.DUPLICATE_PENDING, FlagCode.TASK_NOT_IN_GRAPH,
                FlagCode.TASK_NOT_IN_GRAPH), inspection.flagCodes());
        assertTrue(inspection.pending().get(3).flags().contains(FlagCode.TASK_NOT_IN_GRAPH));
        InspectionOptions open = InspectionOptions.DEFAULTS.withOpenWorkflow(List.of(new GraphNode("a", null, null),
                new GraphNode("b", null, null), new GraphNode("new", null, null)));
        CheckpointInspection withWorkflow = new CheckpointReader(open).inspect(base);
        assertEquals(1, withWorkflow.flagCodes().stream().filter(FlagCode.TASK_NOT_IN_GRAPH::equals).count());
        assertTrue(withWorkflow.flagCodes().contains(FlagCode.GRAPH_DRIFT));
    }

    @Test
    void graphDriftListsAddedRemovedAndChangedNodes() throws Exception {
        Path base = write(List.of(TestSets.studioEntry("b")), TestSets.context(List.of("a", "b", "c")));
        InspectionOptions open = InspectionOptions.DEFAULTS.withOpenWorkflow(List.of(
                new GraphNode("a", "echo", JsonValue.of(Map.of("value", 3))),
                new GraphNode("b", "echo", JsonValue.of(Map.of("value", 4))),
                new GraphNode("d", "echo", null)));
        CheckpointInspection inspection = new CheckpointReader(open).inspect(base);
        assertEquals(List.of(FlagCode.GRAPH_DRIFT), inspection.flagCodes());
        assertEquals("the open workflow differs from the stored graph: added 'd'; removed 'c'; changed 'b'",
                inspection.flags().get(0).message());
        InspectionOptions same = InspectionOptions.DEFAULTS.withOpenWorkflow(List.of(
                new GraphNode("a", "echo", JsonValue.of(Map.of("value", 3.0))), new GraphNode("b", "echo", null),
                new GraphNode("c", null, null)));
        assertEquals(List.of(), new CheckpointReader(same).inspect(base).flagCodes());
    }

    @Test
    void contextProblemsAndNewerFormatVersions() throws IOException {
        Path base = write(List.of(TestSets.studioEntry("b")), null);
        assertEquals(List.of(FlagCode.CONTEXT_MISSING), TestSets.read(base).flagCodes());
        Files.writeString(base.resolveSibling("checkpoint.context.json"), "{\"graph\": {\"document\": ");
        CheckpointInspection broken = TestSets.read(base);
        assertEquals(List.of(FlagCode.CONTEXT_INVALID_JSON), broken.flagCodes());
        assertEquals(CheckpointFormat.STUDIO, broken.format());
        Map<String, Object> context = TestSets.context(List.of("a", "b"));
        context.put("formatVersion", 2);
        context.put("session_id", "other");
        Files.writeString(base.resolveSibling("checkpoint.context.json"), TestSets.json(context));
        assertEquals(List.of(FlagCode.SESSION_MISMATCH, FlagCode.SCHEMA_VERSION_UNKNOWN),
                TestSets.read(base).flagCodes());
    }

    @Test
    void graphFromADocumentPath() throws IOException {
        Map<String, Object> context = TestSets.context(List.of());
        context.put("graph", Map.of("document_path", "flow.flow.json"));
        Path base = write(List.of(TestSets.studioEntry("b"), TestSets.studioEntry("z")), context);
        Files.writeString(folder.resolve("flow.flow.json"), TestSets.json(Map.of("formatVersion", 1,
                "nodes", List.of(Map.of("id", "a"), Map.of("id", "b")))));
        CheckpointInspection inspection = TestSets.read(base);
        assertEquals(List.of(FlagCode.TASK_NOT_IN_GRAPH), inspection.flagCodes());
        assertEquals("z", inspection.flags().get(0).taskId());
        Files.delete(folder.resolve("flow.flow.json"));
        assertEquals(List.of(FlagCode.UNEXPECTED_FIELD), TestSets.read(base).flagCodes());
    }
}
