package io.github.graflowstudio.ui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.Tasks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Checkpoint sets for the inspector tests: the shared Graflow fixtures, and studio and Graflow sets written here. */
final class InspectorSets {
    static final Path FIXTURES = Path.of(System.getProperty("studio.shared.dir", "../shared"), "fixtures",
            "graflow-checkpoints");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InspectorSets() {
    }

    /** The shared fixture set names (folders with an _expected.json). */
    static List<String> fixtureNames() {
        try (Stream<Path> folders = Files.list(FIXTURES)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("_expected.json")))
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The base path of a fixture set. */
    static Path fixture(String name) {
        return FIXTURES.resolve(name).resolve("checkpoint");
    }

    /** The first checkpoint record of a fixture's _expected.json. */
    static JsonNode expected(String name) {
        try {
            return MAPPER.readTree(FIXTURES.resolve(name).resolve("_expected.json").toFile()).get("checkpoints").get(0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The pending ids a fixture's _expected.json lists, head then tail. */
    static List<String> expectedPendingIds(String name) {
        JsonNode state = expected(name).get("state");
        List<String> ids = new ArrayList<>();
        state.get("pending_task_ids_head").forEach(id -> ids.add(id.asText()));
        state.get("pending_task_ids_tail").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /**
     * A small studio set from our writer: a → b → c and a lambda task d; queue a, b, d, b (b twice);
     * channel values (a nested map, a NaN, a result, an unwritable object). Returns the base.
     */
    static Path studioSet(Path folder, String name) {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.ofKind("a", "echo", Map.of("value", 1), ctx -> 1, TaskOptions.DEFAULTS));
        graph.addNode(Tasks.ofKind("b", "echo", Map.of("value", 2), ctx -> 2, TaskOptions.DEFAULTS));
        graph.addNode(Tasks.ofKind("c", "echo", Map.of("value", 3), ctx -> 3, TaskOptions.DEFAULTS));
        graph.addNode(Tasks.of("d", ctx -> 4));
        graph.addEdge("a", "b");
        graph.addEdge("b", "c");
        ExecutionContext context = ExecutionContext.create(graph, "a", 100);
        context.enqueue("b");
        context.enqueue("d");
        context.enqueue("b");
        context.channel().set("count", 3);
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("items", List.of(1, 2, 3));
        nested.put("label", "three");
        context.channel().set("nested", nested);
        context.channel().set("ratio", Double.NaN);
        context.channel().set("a.__result__", 1);
        context.channel().set("handle", new Object());
        new CheckpointManager(folder, null).createCheckpoint(context, folder.resolve(name), Map.of("stage", "one",
                "attempt", 1), null);
        return folder.resolve(name);
    }

    /**
     * A studio set of our writer with {@code count} pending entries over a graph of {@code distinct}
     * tasks, queued round-robin ({@code task_000000}, {@code task_000001}, ...), so every id is queued
     * {@code count / distinct} times. (A graph of 100,000 nodes is no option: the engine appends
     * successors one array copy at a time, and the inspector reads the stored graph as one JSON tree
     * capped at two million values.) Returns the base.
     */
    static Path largeStudioSet(Path folder, int count, int distinct) {
        TaskGraph graph = new TaskGraph();
        for (int i = 0; i < distinct; i++) {
            graph.addNode(Tasks.ofKind(String.format("task_%06d", i), "echo", Map.of("value", i), ctx -> 1,
                    TaskOptions.DEFAULTS));
        }
        ExecutionContext context = ExecutionContext.builder(graph).startNode("task_000000").enqueueStart(false)
                .maxSteps(10).build();
        for (int i = 0; i < count; i++) {
            context.enqueue(String.format("task_%06d", i % distinct));
        }
        new CheckpointManager(folder, null).createCheckpoint(context, folder.resolve("large"), Map.of(), null);
        return folder.resolve("large");
    }

    /** A Graflow HEAD set with {@code count} pending entries in Python's layout (tiny valid pickle). */
    static Path largeGraflowSet(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        String session = "0123456789abcdef0123456789abcdef";
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("big.state.json"), StandardCharsets.UTF_8)) {
            out.write("{\n  \"schema_version\": \"1.0\",\n  \"session_id\": \"" + session + "\",\n  \"trace_id\": \""
                    + session + "\",\n  \"start_node\": \"start\",\n  \"steps\": 1,\n  \"completed_tasks\": [\n"
                    + "    \"start\"\n  ],\n  \"cycle_counts\": {\n    \"start\": 1\n  },\n  \"backend\": {\n"
                    + "    \"channel\": \"memory\"\n  },\n  \"pending_tasks\": [\n");
            for (int i = 0; i < count; i++) {
                out.write("    {\n      \"task_id\": \"task_" + i + "\",\n      \"status\": \"ready\",\n"
                        + "      \"created_at\": " + (1795842257.0 + i / 1000.0) + ",\n      \"retry_count\": 0,\n"
                        + "      \"max_retries\": 3,\n      \"last_error\": null\n    }" + (i + 1 < count ? ",\n" : "\n"));
            }
            out.write("  ],\n  \"resuming_task_id\": null\n}");
        }
        Files.writeString(folder.resolve("big.meta.json"), "{\n  \"checkpoint_id\": \"" + session
                + "_1_1795842257\",\n  \"session_id\": \"" + session + "\",\n  \"created_at\": "
                + "\"2026-11-28T05:04:17.015154+00:00\",\n  \"steps\": 1,\n  \"start_node\": \"start\",\n"
                + "  \"backend\": {\n    \"channel\": \"memory\"\n  },\n  \"user_metadata\": {}\n}");
        // PROTO 4, EMPTY_DICT, STOP: a complete pickle that names nothing
        Files.write(folder.resolve("big.pkl"), new byte[] {(byte) 0x80, 4, '}', '.'});
        return folder.resolve("big");
    }
}
