package io.github.graflowstudio.checkpoint.inspect;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes large, seeded checkpoint sets for performance tests, streaming (no whole file in memory):
 * Graflow HEAD sets in Python's own layout (indent 2) and studio sets with a context file. Every
 * 1000th entry repeats an earlier id, so each set has a known number of duplicated ids.
 */
final class CheckpointSetGenerator {
    static final String SESSION = "5eed5eed5eed5eed5eed5eed5eed5eed";

    private CheckpointSetGenerator() {
    }

    /** The ids the generator queues, in order. */
    static List<String> pendingIds(int count, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i > 0 && i % 1000 == 0) {
                ids.add(ids.get(random.nextInt(i)));
            } else {
                ids.add(String.format("task_%07d", i));
            }
        }
        return ids;
    }

    /** The number of distinct ids that are queued more than once. */
    static long duplicatedIds(List<String> ids) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        ids.forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts.values().stream().filter(count -> count > 1).count();
    }

    /** A Graflow HEAD set with {@code count} pending entries; returns the base. */
    static Path graflowSet(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Path base = folder.resolve("big");
        List<String> ids = pendingIds(count, seed);
        Random random = new Random(seed + 1);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("big.state.json"), StandardCharsets.UTF_8)) {
            header(out, false);
            for (int i = 0; i < count; i++) {
                out.write("    {\n      \"task_id\": \"" + ids.get(i) + "\",\n      \"status\": \"ready\",\n"
                        + "      \"created_at\": " + (1795842257.0 + random.nextDouble()) + ",\n"
                        + "      \"retry_count\": 0,\n      \"max_retries\": 3,\n      \"last_error\": null\n    }"
                        + (i + 1 < count ? ",\n" : "\n"));
            }
            out.write("  ],\n  \"resuming_task_id\": null\n}");
        }
        Files.writeString(folder.resolve("big.meta.json"), meta(false));
        Files.write(folder.resolve("big.pkl"), TestSets.tinyPickle());
        return base;
    }

    /** A studio set with {@code count} pending entries over a graph of {@code nodes} tasks; returns the base. */
    static Path studioSet(Path folder, int count, int nodes, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("big.state.json"), StandardCharsets.UTF_8)) {
            header(out, true);
            for (int i = 0; i < count; i++) {
                String id = String.format("node_%05d", random.nextInt(nodes));
                out.write("{\"task_id\":\"" + id + "\",\"status\":\"ready\",\"created_at\":" + (1795842257.0 + i)
                        + ",\"retry_count\":0,\"max_retries\":0,\"last_error\":null,\"group_id\":null,"
                        + "\"task_data\":{\"strategy\":\"kind\",\"kind\":\"echo\",\"config\":{\"value\":" + (i % 7)
                        + "}},\"serializable\":true,\"reason\":null}" + (i + 1 < count ? ",\n" : "\n"));
            }
            out.write("],\"resuming_task_id\":null}");
        }
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("big.context.json"), StandardCharsets.UTF_8)) {
            out.write("{\"formatVersion\":1,\"session_id\":\"" + SESSION + "\",\"trace_id\":\"" + SESSION
                    + "\",\"start_node\":\"node_00000\",\"steps\":1,\"max_steps\":10000,\"graph\":{\"document\":"
                    + "{\"formatVersion\":1,\"nodes\":[");
            for (int i = 0; i < nodes; i++) {
                out.write((i > 0 ? "," : "") + "{\"id\":\"" + String.format("node_%05d", i)
                        + "\",\"kind\":\"echo\",\"config\":{\"value\":1}}");
            }
            out.write("],\"edges\":[]}},\"dynamic_tasks\":[],\"channel\":{},\"non_serializable_values\":[]}");
        }
        Files.writeString(folder.resolve("big.meta.json"), meta(true));
        return folder.resolve("big");
    }

    private static void header(BufferedWriter out, boolean studio) throws IOException {
        out.write("{\n" + (studio ? "  \"formatVersion\": 1,\n" : "") + "  \"schema_version\": \"1.0\",\n"
                + "  \"session_id\": \"" + SESSION + "\",\n  \"trace_id\": \"" + SESSION + "\",\n"
                + "  \"start_node\": \"" + (studio ? "node_00000" : "start") + "\",\n  \"steps\": 1,\n"
                + "  \"completed_tasks\": [\n    \"" + (studio ? "node_00000" : "start") + "\"\n  ],\n"
                + "  \"cycle_counts\": {\n    \"" + (studio ? "node_00000" : "start") + "\": 1\n  },\n"
                + "  \"backend\": {\n    \"channel\": \"memory\"\n  },\n  \"pending_tasks\": [\n");
    }

    private static String meta(boolean studio) {
        return "{\n" + (studio ? "  \"formatVersion\": 1,\n" : "") + "  \"checkpoint_id\": \"" + SESSION
                + "_1_1795842257\",\n  \"session_id\": \"" + SESSION + "\",\n"
                + "  \"created_at\": \"2026-11-28T05:04:17.015154+00:00\",\n  \"steps\": 1,\n  \"start_node\": \""
                + (studio ? "node_00000" : "start") + "\",\n  \"backend\": {\n    \"channel\": \"memory\"\n  },\n"
                + "  \"user_metadata\": {}\n}";
    }

    /** Generates and reads a studio set (for a run with a small heap): {@code count folder}. */
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path base = studioSet(Path.of(args[1]), count, 1000, 42);
        System.gc();
        long start = System.nanoTime();
        io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection inspection = CheckpointReader.read(base);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Runtime runtime = Runtime.getRuntime();
        System.out.println("read " + inspection.pending().size() + " studio entries in " + millis + " ms, "
                + inspection.flags().size() + " flags, heap max " + runtime.maxMemory() / (1024 * 1024) + " MB, used "
                + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MB");
    }
}
