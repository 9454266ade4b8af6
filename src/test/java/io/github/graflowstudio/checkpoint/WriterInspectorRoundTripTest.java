package io.github.graflowstudio.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.inspect.CheckpointReader;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.Tasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sets written by our writer, read back by the inspector: the flags say exactly what the writer recorded. */
class WriterInspectorRoundTripTest {
    @TempDir
    Path folder;

    @Test
    void cleanSetOfKindTasksHasNoErrorsAndEveryPendingIdIsInTheStoredGraph() throws Exception {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.ofKind("a", "echo", Map.of("value", 1), ctx -> 1, TaskOptions.DEFAULTS));
        graph.addNode(Tasks.ofKind("b", "echo", Map.of("value", 2), ctx -> 2, TaskOptions.DEFAULTS));
        graph.addEdge("a", "b");
        ExecutionContext context = ExecutionContext.create(graph, "a", 10);
        new CheckpointManager(folder, null).createCheckpoint(context, folder.resolve("clean"), Map.of("k", "v"), null);

        CheckpointInspection inspection = CheckpointReader.read(folder.resolve("clean.context.json"));
        assertEquals(CheckpointFormat.STUDIO, inspection.format());
        assertEquals(List.of("a"), inspection.pendingTaskIds());
        assertFalse(inspection.hasErrors(), inspection.flags().toString());
        assertFalse(inspection.flagCodes().contains(FlagCode.TASK_NOT_IN_GRAPH));
        assertEquals("kind", inspection.pending().get(0).strategy());
    }

    @Test
    void lambdaTaskAndUnwritableValueAreFlaggedWithTheWritersReasons() throws Exception {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.of("inline", ctx -> 42));
        ExecutionContext context = ExecutionContext.create(graph, "inline", 10);
        context.channel().set("handle", new Object());
        new CheckpointManager(folder, null).createCheckpoint(context, folder.resolve("odd"), Map.of(), null);

        CheckpointInspection inspection = CheckpointReader.read(folder.resolve("odd"));
        assertTrue(inspection.hasErrors());
        InspectionFlag task = inspection.flags().stream().filter(f -> f.code() == FlagCode.NON_SERIALIZABLE_TASK)
                .findFirst().orElseThrow();
        assertEquals("inline", task.taskId());
        assertTrue(task.message().contains("inline Java body"), task.message());
        assertTrue(inspection.flagCodes().contains(FlagCode.NON_SERIALIZABLE_VALUE));
        assertEquals(Boolean.FALSE, inspection.pending().get(0).serializable());
    }

    @Test
    void setWithAHundredThousandPendingTasksReadsCleanly() throws Exception {
        // the stored graph alone is about 3 million JSON values: more than one tree of the inspector may hold
        int count = 100_000;
        TaskGraph graph = new TaskGraph();
        for (int i = 0; i < count; i++) {
            graph.addNode(Tasks.noop("t" + i));
        }
        ExecutionContext context = ExecutionContext.create(graph, "t0", 10);
        for (int i = 1; i < count; i++) {
            context.enqueue("t" + i);
        }
        new CheckpointManager(folder, null).createCheckpoint(context, folder.resolve("big"), Map.of(), null);

        CheckpointInspection inspection = CheckpointReader.read(folder.resolve("big"));
        assertEquals(CheckpointFormat.STUDIO, inspection.format());
        assertEquals(FileStatus.OK, inspection.fileStatus(CheckpointFile.CONTEXT));
        assertEquals(List.of(), inspection.flags());
        assertEquals(count, inspection.pending().size());
        assertTrue(inspection.context().graphKnown());
        assertEquals(count, inspection.context().graphNodes().size());
        assertEquals("noop", inspection.context().graphNodes().get("t99999").kind());
    }
}
