package io.github.graflowstudio.checkpoint.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.checkpoint.CheckpointPaths;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.GroupPolicy;
import io.github.graflowstudio.engine.ParallelGroup;
import io.github.graflowstudio.engine.RetryPolicy;
import io.github.graflowstudio.engine.TaskBody;
import io.github.graflowstudio.engine.TaskContext;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.Tasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's files are byte for byte what Jackson's default pretty printer makes of them (the
 * writer renders shared {@code task_data} and {@code options} ahead of time and uses its own
 * printer for speed), and shared renderings never mix up different tasks.
 */
class StudioSetWriterFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path folder;

    /** A task class for a {@code reference} task_data. */
    public static final class Body implements TaskBody {
        @Override
        public Object run(TaskContext context) {
            return 1;
        }
    }

    private ExecutionContext variedContext() {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.noop("a"));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("x", 1);
        config.put("list", List.of(1, "two", Map.of("k", true)));
        config.put("text", "h\u00e9llo \"q\"\n\u2603");
        config.put("empty", Map.of());
        config.put("none", List.of());
        graph.addNode(Tasks.ofKind("b", "echo", config, context -> 2,
                new TaskOptions(2, new RetryPolicy(2, 100, 2.0, 1000, true), 5)));
        graph.addNode(Tasks.ofKind("b2", "echo", Map.of("x", 2), context -> 2, TaskOptions.DEFAULTS));
        graph.addNode(Tasks.ofClass("c", Body.class));
        graph.addNode(Tasks.of("d", context -> 3));
        graph.addNode(Tasks.ofKind("m1", "echo", Map.of(), context -> 1, TaskOptions.DEFAULTS));
        graph.addNode(Tasks.ofKind("m2", "echo", Map.of(), context -> 1, TaskOptions.retries(1)));
        graph.addNode(new ParallelGroup("G", List.of("m1", "m2"), GroupPolicy.atLeast(1)));
        graph.addNode(Tasks.iteration("b_cycle_1_abcdef12", graph.task("b"), Map.of("n", 1.5)));
        graph.addNode(Tasks.iteration("b_cycle_2_abcdef13", graph.task("b"), Map.of("n", 2.5)));
        graph.addEdge("a", "b");
        graph.addEdge("b", "G");
        graph.addEdge("G", "c");
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("k1", 1);
        channel.put("k2", List.of(Map.of("z", 2.5)));
        channel.put("unwritable", new Object());
        ExecutionContext context = ExecutionContext.builder(graph).sessionId("session").startNode("a")
                .initialChannel(channel).build();
        for (String id : List.of("b", "b2", "c", "d", "G", "b_cycle_1_abcdef12", "b_cycle_2_abcdef13", "b", "m1")) {
            context.enqueue(id);
        }
        return context;
    }

    private Path write(ExecutionContext context) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456Z"), ZoneOffset.UTC);
        Path base = folder.resolve("set/checkpoint");
        new CheckpointManager(folder, null, clock).createCheckpoint(context, base, Map.of("stage", "x"), null);
        return base;
    }

    @Test
    void everyFileIsJacksonsDefaultPrettyPrinting() throws Exception {
        Path base = write(variedContext());
        for (String suffix : List.of(CheckpointPaths.CONTEXT, CheckpointPaths.STATE, CheckpointPaths.META)) {
            String written = Files.readString(CheckpointPaths.file(base, suffix), StandardCharsets.UTF_8);
            String reference = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(written));
            assertEquals(reference, written, suffix);
        }
    }

    @Test
    void sharedRenderingsKeepEachTasksOwnData() throws Exception {
        Path base = write(variedContext());
        JsonNode state = JSON.readTree(CheckpointPaths.file(base, CheckpointPaths.STATE).toFile());
        Map<String, String> dataById = new LinkedHashMap<>();
        for (JsonNode entry : state.get("pending_tasks")) {
            dataById.put(entry.get("task_id").asText(), entry.get("task_data").toString());
        }
        assertEquals("{\"strategy\":\"kind\",\"kind\":\"echo\",\"config\":{\"x\":2}}", dataById.get("b2"));
        assertTrue(dataById.get("b").contains("\"text\":\"h\u00e9llo \\\"q\\\"\\n\u2603\""), dataById.get("b"));
        assertEquals("{\"strategy\":\"iteration\",\"base\":\"b\",\"data\":{\"n\":1.5}}", dataById.get("b_cycle_1_abcdef12"));
        assertEquals("{\"strategy\":\"iteration\",\"base\":\"b\",\"data\":{\"n\":2.5}}", dataById.get("b_cycle_2_abcdef13"));
        assertTrue(dataById.get("G").contains("\"members\":[\"m1\",\"m2\"]"), dataById.get("G"));
        JsonNode context = JSON.readTree(CheckpointPaths.file(base, CheckpointPaths.CONTEXT).toFile());
        Map<String, String> optionsById = new LinkedHashMap<>();
        for (JsonNode node : context.get("graph").get("nodes")) {
            optionsById.put(node.get("id").asText(), node.get("options").toString());
        }
        assertEquals("{\"max_retries\":1,\"max_cycles\":null,\"retry_policy\":null}", optionsById.get("m2"));
        assertEquals("{\"max_retries\":null,\"max_cycles\":null,\"retry_policy\":null}", optionsById.get("m1"));
        assertTrue(optionsById.get("b").contains("\"backoff_factor\":2.0"), optionsById.get("b"));
    }
}
