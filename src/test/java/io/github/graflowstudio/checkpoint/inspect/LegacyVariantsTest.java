package io.github.graflowstudio.checkpoint.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Legacy (61256fd) sets: task_data, strategies, payloads and the resume flag. */
class LegacyVariantsTest {
    private static final String SESSION = "56220663114765651572382583325585361304";
    @TempDir
    Path folder;

    private static Map<String, Object> entry(String id, String strategy, Object taskData) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("task_id", id);
        entry.put("task_data", taskData);
        entry.put("status", "ready");
        entry.put("created_at", 1795842262.5024896);
        entry.put("strategy", strategy);
        entry.put("retry_count", 0);
        entry.put("max_retries", 3);
        entry.put("last_error", null);
        return entry;
    }

    private static Map<String, Object> reference(String module, String name, String qualname) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("strategy", "reference");
        data.put("module", module);
        data.put("name", name);
        data.put("qualname", qualname);
        return data;
    }

    private static Map<String, Object> pickle(String base64) {
        return Map.of("strategy", "pickle", "data", base64, "name", "f", "module", "m");
    }

    private CheckpointInspection inspect(List<Map<String, Object>> pending, boolean resumeFromCurrent) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("schema_version", "1.0");
        state.put("session_id", SESSION);
        state.put("start_node", "step_1");
        state.put("steps", 1);
        state.put("completed_tasks", List.of("step_1"));
        state.put("cycle_counts", Map.of());
        state.put("backend", Map.of("queue", "in_memory", "channel", "memory"));
        state.put("pending_tasks", pending);
        state.put("resume_from_current_task", resumeFromCurrent);
        Map<String, Object> meta = TestSets.meta();
        meta.put("checkpoint_id", SESSION + "_1_1795842262");
        meta.put("session_id", SESSION);
        meta.put("start_node", "step_1");
        meta.put("backend", Map.of("queue", "in_memory", "channel", "memory"));
        return TestSets.read(TestSets.write(folder, TestSets.json(state), TestSets.json(meta), null,
                TestSets.tinyPickle()));
    }

    @Test
    void missingTaskDataStrategyMismatchAndUnknownStrategies() {
        CheckpointInspection inspection = inspect(List.of(
                entry("gone", "reference", null),
                entry("mixed", "pickle", reference("tasks", "f", "f")),
                entry("odd", "magic", Map.of("strategy", "magic"))), false);
        assertEquals(CheckpointFormat.GRAFLOW_LEGACY, inspection.format());
        assertEquals(List.of(FlagCode.OLD_FORMAT, FlagCode.COMPLETED_ORDER_UNRELIABLE, FlagCode.OLD_STRATEGY_MISMATCH,
                FlagCode.OLD_UNKNOWN_STRATEGY, FlagCode.OLD_TASK_DATA_MISSING), inspection.flagCodes());
        assertFalse(inspection.pending().get(0).serializableVerdict());
        assertTrue(inspection.pending().get(1).serializableVerdict());
    }

    @Test
    void unresolvableReferences() {
        CheckpointInspection inspection = inspect(List.of(
                entry("lambda", "reference", reference("tasks", "<lambda>", "<lambda>")),
                entry("main", "reference", reference("__main__", "f", "f")),
                entry("placeholder", "reference", reference("graflow.core.task", "placeholder", "Task.placeholder")),
                entry("fine", "reference", reference("tasks", "f", "f"))), false);
        assertEquals(3, inspection.flagCodes().stream().filter(FlagCode.OLD_REFERENCE_UNRESOLVABLE::equals).count());
        assertTrue(inspection.pending().get(3).flags().isEmpty());
    }

    @Test
    void payloadsAreWalkedNeverLoaded() {
        byte[] hostile = {(byte) 0x80, 4, (byte) 0x8c, 2, 'o', 's', (byte) 0x8c, 6, 's', 'y', 's', 't', 'e', 'm',
            (byte) 0x93, (byte) 0x8c, 2, 'i', 'd', (byte) 0x85, 'R', '.'};
        String good = Base64.getEncoder().encodeToString(hostile);
        String truncated = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(hostile, 10));
        CheckpointInspection inspection = inspect(List.of(
                entry("evil", "pickle", pickle(good)),
                entry("cut", "pickle", pickle(truncated)),
                entry("text", "pickle", pickle("not base64 at all!")),
                entry("empty", "pickle", Map.of("strategy", "pickle")),
                entry("wrapped", "pickle", pickle(good.substring(0, 8) + "\n" + good.substring(8)))), false);
        assertEquals(List.of(FlagCode.OLD_FORMAT, FlagCode.COMPLETED_ORDER_UNRELIABLE, FlagCode.OLD_PICKLE_PAYLOAD,
                FlagCode.PICKLE_UNSAFE_GLOBAL, FlagCode.OLD_PICKLE_PAYLOAD_INVALID, FlagCode.OLD_PICKLE_PAYLOAD_INVALID,
                FlagCode.OLD_PICKLE_PAYLOAD_INVALID, FlagCode.OLD_PICKLE_PAYLOAD, FlagCode.PICKLE_UNSAFE_GLOBAL),
                inspection.flagCodes());
        assertTrue(inspection.flags().get(2).message().contains("22 bytes"));
        assertTrue(inspection.flags().get(3).message().contains("os.system"));
        assertEquals("evil", inspection.flags().get(3).taskId());
    }

    @Test
    void resumeFromCurrentTaskRunsTheFirstEntryAgain() {
        CheckpointInspection inspection = inspect(List.of(entry("step_2", "reference",
                reference("tasks", "step_2", "step_2"))), true);
        assertEquals(List.of(FlagCode.OLD_FORMAT, FlagCode.COMPLETED_ORDER_UNRELIABLE, FlagCode.RESUMES_MID_TASK),
                inspection.flagCodes());
        assertEquals("step_2", inspection.flags().get(2).taskId());
        CheckpointInspection nothing = inspect(List.of(), false);
        assertTrue(nothing.flagCodes().contains(FlagCode.NOTHING_TO_RESUME));
        assertEquals(List.of(FlagCode.OLD_FORMAT, FlagCode.COMPLETED_ORDER_UNRELIABLE, FlagCode.NOTHING_TO_RESUME),
                inspect(List.of(), true).flagCodes());
    }
}
