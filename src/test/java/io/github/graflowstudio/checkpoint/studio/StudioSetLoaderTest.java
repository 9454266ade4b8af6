package io.github.graflowstudio.checkpoint.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graflowstudio.checkpoint.CheckpointLoadException;
import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.checkpoint.CheckpointPaths;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.GroupPolicy;
import io.github.graflowstudio.engine.ParallelGroup;
import io.github.graflowstudio.engine.RetryPolicy;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import io.github.graflowstudio.engine.Tasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming loader reads every set as the tree-based reading it replaced did: the same pending
 * entries, nodes (references, options or the decoding problem), edges and small members, for sets
 * written by our writer and for random files in other layouts, with members reordered, repeated,
 * missing or of unexpected types, and with neighbours that repeat each other almost byte for byte
 * (the loader takes repeated rests of entries over from the previous one).
 */
class StudioSetLoaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int[] BUFFERS = {1, 50, 1 << 18};
    @TempDir
    Path folder;

    @Test
    void setsOfOurWriterReadAsTheirTrees() throws Exception {
        TaskGraph graph = new TaskGraph();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("nested", Map.of("list", List.of(1, "two")));
        config.put("text", "h\u00e9llo \"q\"\n\u2603");
        graph.addNode(Tasks.noop("a"));
        graph.addNode(Tasks.ofKind("b", "echo", config, context -> 2,
                new TaskOptions(2, new RetryPolicy(2, 100, 2.0, 1000, true), 5)));
        graph.addNode(Tasks.ofKind("c", "echo", Map.of("x", 2), context -> 2, TaskOptions.retries(1)));
        graph.addNode(Tasks.of("inline \u00e9", context -> 3));
        graph.addNode(new ParallelGroup("G", List.of("a", "c"), GroupPolicy.atLeast(1)));
        graph.addNode(Tasks.iteration("b_cycle_1_abcdef12", graph.task("b"), Map.of("n", 1.5)));
        for (int i = 0; i < 300; i++) {
            graph.addNode(Tasks.noop("n" + i));
        }
        graph.addEdge("a", "b");
        graph.addEdge("b", "G");
        ExecutionContext context = ExecutionContext.builder(graph).sessionId("s").startNode("a")
                .initialChannel(Map.of("k", List.of(1, Map.of("z", 2.5)))).build();
        for (int i = 0; i < 300; i++) {
            context.enqueue(i % 7 == 0 ? "b" : i % 11 == 0 ? "inline \u00e9" : "n" + i);
        }
        Path base = folder.resolve("set/checkpoint");
        new CheckpointManager(folder, null).createCheckpoint(context, base, Map.of("m", 1), "c");
        for (int buffer : BUFFERS) {
            assertReadsAsTrees(CheckpointPaths.file(base, CheckpointPaths.STATE),
                    CheckpointPaths.file(base, CheckpointPaths.CONTEXT), buffer);
        }
        LoadedSet set = new StudioSetLoader().load(base);
        assertEquals(301, set.pending().size(), "the start node and 300 more");
        assertEquals(306, set.graph().nodes().size());
        assertEquals("c", set.state().get("resuming_task_id").asText());
    }

    @Test
    void randomFilesReadAsTheirTrees() throws Exception {
        SplittableRandom random = new SplittableRandom(20261128L);
        for (int round = 0; round < 40; round++) {
            ObjectNode state = NODES.objectNode();
            state.put("formatVersion", 1);
            state.set("completed_tasks", NODES.arrayNode().add("a").add(3).add(NODES.nullNode()));
            ArrayNode pending = state.putArray("pending_tasks");
            long run = random.nextLong();
            for (int i = 0; i < 60; i++) {
                // runs of entries made with the same choices: only the ids differ, so rests repeat
                run = random.nextInt(5) == 0 ? random.nextLong() : run;
                pending.add(randomEntry(new SplittableRandom(run), i));
            }
            state.put("resuming_task_id", "x");
            ObjectNode context = NODES.objectNode();
            context.put("formatVersion", 1);
            ObjectNode graph = context.putObject("graph");
            ArrayNode nodes = graph.putArray("nodes");
            for (int i = 0; i < 60; i++) {
                run = random.nextInt(5) == 0 ? random.nextLong() : run;
                nodes.add(randomNode(new SplittableRandom(run), i));
            }
            graph.putArray("edges").add(NODES.arrayNode().add("a").add("b"));
            graph.put("document_path", "x.flow.json");
            context.set("channel", NODES.objectNode().put("k", 1.5));
            Path stateFile = write("s" + round + ".state.json", state, random);
            Path contextFile = write("s" + round + ".context.json", context, random);
            for (int buffer : BUFFERS) {
                assertReadsAsTrees(stateFile, contextFile, buffer);
            }
        }
    }

    @Test
    void thePreparationFromTheGraphIsMadeForTheSetThatLoads() throws Exception {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.noop("a"));
        graph.addNode(Tasks.noop("b"));
        Path base = folder.resolve("same");
        CheckpointManager manager = new CheckpointManager(folder, null);
        manager.createCheckpoint(ExecutionContext.builder(graph).sessionId("s").startNode("a").build(), base,
                Map.of(), null);
        StudioSetLoader loader = new StudioSetLoader();
        StudioSetLoader.Loaded<Integer> loaded = loader.load(base, stored -> stored.nodes().size());
        assertEquals(2, loaded.prepared());
        IllegalStateException failure = new IllegalStateException("no");
        assertEquals(failure, assertThrows(IllegalStateException.class, () -> loader.load(base, stored -> {
            throw failure;
        })), "a failed preparation of a complete set is thrown as it is");

        // a second write at the same base keeps the first as .prev; then its state file is damaged
        graph.addNode(Tasks.noop("c"));
        manager.createCheckpoint(ExecutionContext.builder(graph).sessionId("s").startNode("a").build(), base,
                Map.of(), null);
        Files.writeString(CheckpointPaths.file(base, CheckpointPaths.STATE), "{\"formatVersion\": 1, \"steps\": ");
        List<Integer> prepared = new ArrayList<>();
        loaded = loader.load(base, stored -> {
            prepared.add(stored.nodes().size());
            if (stored.nodes().size() == 3) {
                throw failure; // the newest set's graph: its failure must not hide that the set is broken
            }
            return stored.nodes().size();
        });
        assertEquals(List.of(3, 2), prepared);
        assertEquals(2, loaded.prepared());
        assertTrue(loaded.set().fromBackup());
    }

    @Test
    void brokenFilesAreRefusedWithFileLineAndColumn() throws Exception {
        Path file = folder.resolve("broken.state.json");
        Files.writeString(file, "{\n  \"formatVersion\" : 1,\n  \"pending_tasks\" : [ {\n    \"task_id\" : \"a\",,\n");
        CheckpointLoadException refused = assertThrows(CheckpointLoadException.class,
                () -> new StateFileReader(file).read());
        assertTrue(refused.getMessage().contains("broken.state.json: invalid JSON at line 4, column 21"),
                refused.getMessage());
        Files.writeString(file, "{\"pending_tasks\":[{\"status\":\"ready\"}]}");
        refused = assertThrows(CheckpointLoadException.class, () -> new StateFileReader(file).read());
        assertTrue(refused.getMessage().endsWith("pending_tasks[0] has no task_id"), refused.getMessage());
        Files.writeString(file, "[1]");
        refused = assertThrows(CheckpointLoadException.class, () -> new StateFileReader(file).read());
        assertTrue(refused.getMessage().endsWith("the state file is not a JSON object"), refused.getMessage());
    }

    private Path write(String name, JsonNode tree, SplittableRandom random) throws Exception {
        Path file = folder.resolve(name);
        String text = random.nextBoolean() ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                : JSON.writeValueAsString(tree);
        Files.writeString(file, random.nextInt(4) == 0 ? text.replace("\n", "\r\n") : text, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertReadsAsTrees(Path stateFile, Path contextFile, int buffer) throws Exception {
        JsonNode stateTree = JSON.readTree(stateFile.toFile());
        StateFileReader state = new StateFileReader(stateFile, buffer).read();
        List<LoadedSet.PendingEntry> expectedEntries = new ArrayList<>();
        for (JsonNode entry : stateTree.path("pending_tasks")) {
            expectedEntries.add(expectedEntry(entry));
        }
        List<LoadedSet.PendingEntry> entries = new ArrayList<>();
        for (int i = 0; i < state.pending().size(); i++) {
            entries.add(state.pending().get(i));
        }
        assertEquals(expectedEntries, entries, stateFile + ", buffer " + buffer);
        List<String> completed = new ArrayList<>();
        stateTree.path("completed_tasks").forEach(id -> completed.add(id.isNull() ? null : id.asText()));
        assertEquals(completed, state.completed());
        ObjectNode otherState = stateTree.deepCopy();
        otherState.remove(List.of("pending_tasks", "completed_tasks"));
        assertEquals(otherState, state.fields());

        JsonNode contextTree = JSON.readTree(contextFile.toFile());
        ContextFileReader context = new ContextFileReader(contextFile, buffer).read();
        Iterator<LoadedSet.StoredNode> actual = context.graph().nodes().iterator();
        for (JsonNode node : contextTree.path("graph").path("nodes")) {
            assertEquals(expectedNode(node), actual.next(), node.toString());
        }
        assertTrue(!actual.hasNext());
        List<String[]> edges = context.graph().edges();
        assertEquals(contextTree.path("graph").path("edges").size(), edges.size());
        for (int i = 0; i < edges.size(); i++) {
            JsonNode edge = contextTree.path("graph").path("edges").get(i);
            assertArrayEquals(new String[] {edge.get(0).asText(), edge.get(1).asText()}, edges.get(i));
        }
        ObjectNode otherContext = contextTree.deepCopy();
        otherContext.remove("graph");
        assertEquals(otherContext, context.fields());
    }

    /** What the tree-based loader made of an entry. */
    private static LoadedSet.PendingEntry expectedEntry(JsonNode entry) {
        return new LoadedSet.PendingEntry(entry.get("task_id").textValue(), entry.path("created_at").asDouble(0),
                entry.path("retry_count").asInt(0), entry.path("max_retries").asInt(0), text(entry, "last_error"),
                text(entry, "group_id"), entry.path("serializable").asBoolean(true), text(entry, "reason"));
    }

    /** What the tree-based resume made of a node. */
    private static LoadedSet.StoredNode expectedNode(JsonNode node) {
        String id = node.get("id").asText();
        try {
            TaskReference reference = TaskDataCodec.decode(node.get("task_data"), text(node, "reason"));
            return new LoadedSet.StoredNode(id, reference, TaskDataCodec.decodeOptions(node.get("options")), null);
        } catch (IllegalArgumentException e) {
            return new LoadedSet.StoredNode(id, null, null, e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ObjectNode randomEntry(SplittableRandom random, int index) {
        ObjectNode entry = NODES.objectNode();
        List<Runnable> members = new ArrayList<>();
        members.add(() -> entry.put("task_id", index % 9 == 0 ? "t\u00e9\"" + index : "t" + index));
        members.add(() -> entry.put("status", "ready"));
        members.add(() -> entry.set("created_at", pick(random, NODES.numberNode(1.795855894417E9),
                NODES.numberNode(1.795855894417E9), NODES.numberNode(1795855894), NODES.textNode("2.5"),
                NODES.nullNode())));
        members.add(() -> entry.set("retry_count", pick(random, NODES.numberNode(0), NODES.numberNode(0),
                NODES.numberNode(1), NODES.numberNode(2.7), NODES.textNode("3"), NODES.numberNode(1L << 40))));
        members.add(() -> entry.set("max_retries", pick(random, NODES.numberNode(0), NODES.numberNode(0),
                NODES.numberNode(3))));
        members.add(() -> entry.set("last_error", pick(random, NODES.nullNode(), NODES.nullNode(),
                NODES.textNode("boom"), NODES.textNode("b\u00f6\nom"), NODES.numberNode(5),
                NODES.objectNode().put("x", 1))));
        members.add(() -> entry.set("group_id", pick(random, NODES.nullNode(), NODES.nullNode(), NODES.textNode("G"))));
        members.add(() -> entry.set("task_data", pick(random, taskData("noop"), taskData("noop"), taskData("echo"),
                NODES.nullNode(), NODES.arrayNode().add(1))));
        members.add(() -> entry.set("serializable", pick(random, NODES.booleanNode(true), NODES.booleanNode(true),
                NODES.booleanNode(false), NODES.nullNode(), NODES.textNode("false"))));
        members.add(() -> entry.set("reason", pick(random, NODES.nullNode(), NODES.nullNode(), NODES.textNode("why"))));
        shape(random, members, entry, 0);
        return entry;
    }

    private static ObjectNode randomNode(SplittableRandom random, int index) {
        ObjectNode node = NODES.objectNode();
        List<Runnable> members = new ArrayList<>();
        members.add(() -> node.put("id", index % 13 == 0 ? "n\u2603" + index : "n" + index));
        members.add(() -> node.set("task_data", pick(random, taskData("noop"), taskData("noop"), taskData("echo"),
                NODES.objectNode().put("strategy", "none"), NODES.objectNode().put("strategy", "mystery"),
                NODES.objectNode().put("strategy", "kind"), NODES.objectNode().put("strategy", "reference")
                        .put("class", "a.B").putNull("method"),
                NODES.objectNode().put("strategy", "iteration").put("base", "n1").set("data",
                        NODES.objectNode().put("i", 2)),
                NODES.objectNode().put("strategy", "group").<ObjectNode>set("members", NODES.arrayNode().add("a"))
                        .put("policy", "strict"),
                NODES.nullNode())));
        members.add(() -> node.put("serializable", random.nextInt(5) > 0));
        members.add(() -> node.set("reason", pick(random, NODES.nullNode(), NODES.nullNode(), NODES.textNode("lambda"))));
        members.add(() -> node.set("options", pick(random, options(null), options(null), options(2),
                options(-1), NODES.nullNode(), NODES.textNode("x"))));
        shape(random, members, node, 0);
        return node;
    }

    /** Adds the members mostly in order, sometimes shuffled, repeated, left out or with an extra one. */
    private static void shape(SplittableRandom random, List<Runnable> members, ObjectNode object, int keep) {
        int variant = random.nextInt(10);
        if (variant == 0) {
            java.util.Collections.shuffle(members, new java.util.Random(random.nextLong()));
        }
        for (int i = 0; i < members.size(); i++) {
            if (variant == 1 && i > keep && random.nextInt(4) == 0) {
                continue;
            }
            members.get(i).run();
        }
        if (variant == 2) {
            members.get(random.nextInt(members.size())).run(); // a repeated member: Jackson keeps the last value
        }
        if (variant == 3) {
            object.set("extra", NODES.objectNode().set("deep", NODES.arrayNode().add(NODES.objectNode())));
        }
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static ObjectNode taskData(String kind) {
        ObjectNode data = NODES.objectNode().put("strategy", "kind").put("kind", kind);
        data.set("config", "echo".equals(kind) ? NODES.objectNode().set("value", NODES.arrayNode().add(1).add("x"))
                : NODES.objectNode());
        return data;
    }

    private static ObjectNode options(Integer maxRetries) {
        ObjectNode options = NODES.objectNode();
        if (maxRetries == null) {
            options.putNull("max_retries");
        } else {
            options.put("max_retries", maxRetries);
        }
        options.putNull("max_cycles");
        options.putNull("retry_policy");
        return options;
    }
}
