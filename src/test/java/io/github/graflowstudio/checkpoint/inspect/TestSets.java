package io.github.graflowstudio.checkpoint.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made checkpoint sets for tests: Graflow HEAD, legacy and studio, as maps written with Jackson. */
final class TestSets {
    static final String SESSION = "0123456789abcdef0123456789abcdef";

    private TestSets() {
    }

    static Map<String, Object> entry(String id) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("task_id", id);
        entry.put("status", "ready");
        entry.put("created_at", 1795842257.0149515);
        entry.put("retry_count", 0);
        entry.put("max_retries", 3);
        entry.put("last_error", null);
        return entry;
    }

    /** A Graflow HEAD state with the given pending entries. */
    static Map<String, Object> headState(List<Map<String, Object>> pending) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("schema_version", "1.0");
        state.put("session_id", SESSION);
        state.put("trace_id", SESSION);
        state.put("start_node", "a");
        state.put("steps", 1);
        state.put("completed_tasks", new ArrayList<>(List.of("a")));
        state.put("cycle_counts", new LinkedHashMap<>(Map.of("a", 1)));
        state.put("backend", Map.of("channel", "memory"));
        state.put("pending_tasks", pending);
        state.put("resuming_task_id", null);
        return state;
    }

    static Map<String, Object> meta() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("checkpoint_id", SESSION + "_1_1795842257");
        meta.put("session_id", SESSION);
        meta.put("created_at", "2026-11-28T05:04:17.015154+00:00");
        meta.put("steps", 1);
        meta.put("start_node", "a");
        meta.put("backend", Map.of("channel", "memory"));
        meta.put("user_metadata", new LinkedHashMap<>(Map.of("stage", "test")));
        return meta;
    }

    /** A studio state: HEAD keys plus formatVersion and per-entry task_data/serializable. */
    static Map<String, Object> studioState(List<Map<String, Object>> pending) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("formatVersion", 1);
        state.putAll(headState(pending));
        return state;
    }

    static Map<String, Object> studioEntry(String id) {
        Map<String, Object> entry = entry(id);
        entry.put("max_retries", 0);
        entry.put("group_id", null);
        entry.put("task_data", Map.of("strategy", "kind", "kind", "echo", "config", Map.of("value", 3)));
        entry.put("serializable", true);
        entry.put("reason", null);
        return entry;
    }

    static Map<String, Object> studioMeta() {
        Map<String, Object> meta = meta();
        meta.put("formatVersion", 1);
        return meta;
    }

    static Map<String, Object> context(List<String> nodeIds) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("formatVersion", 1);
        context.put("session_id", SESSION);
        context.put("trace_id", SESSION);
        context.put("start_node", "a");
        context.put("steps", 1);
        context.put("max_steps", 10000);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String id : nodeIds) {
            nodes.add(new LinkedHashMap<>(Map.of("id", id, "kind", "echo", "config", Map.of("value", 3))));
        }
        context.put("graph", Map.of("document", Map.of("formatVersion", 1, "nodes", nodes, "edges", List.of())));
        context.put("dynamic_tasks", new ArrayList<>());
        context.put("channel", Map.of("a.__result__", 1));
        context.put("non_serializable_values", new ArrayList<>());
        return context;
    }

    static String json(Object value) {
        try {
            return Fixtures.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** JSON with every non-ASCII character escaped, as Python writes with ensure_ascii=True. */
    static String asciiJson(Object value) {
        try {
            return Fixtures.MAPPER.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                    .writeValueAsString(value);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** Writes {@code <folder>/checkpoint<suffix>} for each non-null text; returns the base. */
    static Path write(Path folder, String state, String meta, String context, byte[] pickle) {
        try {
            Files.createDirectories(folder);
            Path base = folder.resolve("checkpoint");
            writeText(base, ".state.json", state);
            writeText(base, ".meta.json", meta);
            writeText(base, ".context.json", context);
            if (pickle != null) {
                Files.write(base.resolveSibling("checkpoint.pkl"), pickle);
            }
            return base;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void writeText(Path base, String suffix, String text) throws IOException {
        if (text != null) {
            Files.writeString(base.resolveSibling("checkpoint" + suffix), text, StandardCharsets.UTF_8);
        }
    }

    /** A minimal valid protocol 5 pickle ({@code None}). */
    static byte[] tinyPickle() {
        return new byte[] {(byte) 0x80, 5, 'N', '.'};
    }

    /** A HEAD set with the given pending entries and a tiny valid pickle. */
    static Path headSet(Path folder, List<Map<String, Object>> pending) {
        return write(folder, json(headState(pending)), json(meta()), null, tinyPickle());
    }

    static CheckpointInspection read(Path base) {
        try {
            return CheckpointReader.read(base);
        } catch (NotACheckpointException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static List<FlagCode> codes(CheckpointInspection inspection) {
        return inspection.flagCodes();
    }
}
