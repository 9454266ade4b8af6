package io.github.graflowstudio.checkpoint.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The any-format flags on hand-made Graflow HEAD sets. */
class QueueFlagsTest {
    @TempDir
    Path folder;

    private CheckpointInspection inspect(Map<String, Object> state, Map<String, Object> meta) {
        return TestSets.read(TestSets.write(folder, TestSets.asciiJson(state), TestSets.json(meta), null,
                TestSets.tinyPickle()));
    }

    private CheckpointInspection inspect(List<Map<String, Object>> pending) {
        return inspect(TestSets.headState(pending), TestSets.meta());
    }

    @Test
    void cleanSetHasNoFlags() {
        CheckpointInspection inspection = inspect(List.of(TestSets.entry("b"), TestSets.entry("c")));
        assertEquals(List.of(), inspection.flags());
        assertEquals(List.of("b", "c"), inspection.pendingTaskIds());
    }

    @Test
    void duplicatesKeepQueueOrderAndAreCountedOncePerId() {
        CheckpointInspection inspection = inspect(List.of(TestSets.entry("d"), TestSets.entry("b"),
                TestSets.entry("d"), TestSets.entry("d")));
        assertEquals(List.of("d", "b", "d", "d"), inspection.pendingTaskIds());
        assertEquals(List.of(FlagCode.DUPLICATE_PENDING), inspection.flagCodes());
        InspectionFlag flag = inspection.flags().get(0);
        assertEquals("d", flag.taskId());
        assertTrue(flag.message().contains("3 times"), flag.message());
        assertEquals(Set.of(FlagCode.DUPLICATE_PENDING), inspection.pending().get(3).flags());
        assertEquals(Set.of(), inspection.pending().get(1).flags());
        assertEquals(List.of(flag), inspection.flagsFor(inspection.pending().get(3)));
        assertEquals(List.of(), inspection.flagsFor(inspection.pending().get(1)));
    }

    @Test
    void statusesRetriesAndCompletedIdsAreFlaggedPerEntry() {
        Map<String, Object> running = TestSets.entry("r");
        running.put("status", "running");
        Map<String, Object> weird = TestSets.entry("w");
        weird.put("status", "READY");
        Map<String, Object> retried = TestSets.entry("x");
        retried.put("retry_count", 1);
        retried.put("last_error", "boom");
        Map<String, Object> exhausted = TestSets.entry("y");
        exhausted.put("retry_count", 3);
        CheckpointInspection inspection = inspect(List.of(running, weird, retried, exhausted, TestSets.entry("a")));
        assertEquals(List.of(FlagCode.NON_READY_PENDING_STATUS, FlagCode.UNKNOWN_PENDING_STATUS,
                FlagCode.RETRY_RECORDED, FlagCode.RETRY_RECORDED, FlagCode.RETRY_EXHAUSTED,
                FlagCode.PENDING_ALREADY_COMPLETED), inspection.flagCodes());
        assertTrue(inspection.flags().get(2).message().contains("'boom'"));
        assertEquals(Set.of(FlagCode.RETRY_RECORDED, FlagCode.RETRY_EXHAUSTED), inspection.pending().get(3).flags());
    }

    @Test
    void iterationIdsCycleKeysAndNothingToResume() {
        Map<String, Object> state = TestSets.headState(List.of());
        state.put("cycle_counts", Map.of("a", 1, "ghost", 2));
        CheckpointInspection empty = inspect(state, TestSets.meta());
        assertEquals(List.of(FlagCode.NOTHING_TO_RESUME, FlagCode.CYCLE_KEY_NOT_A_LISTED_TASK), empty.flagCodes());
        CheckpointInspection loop = inspect(List.of(TestSets.entry("loop_cycle_2_0badcafe_cycle_3_12ab")));
        assertEquals(List.of(FlagCode.ITERATION_TASK_PENDING), loop.flagCodes());
        assertTrue(loop.flags().get(0).message().endsWith("is an iteration of 'loop'"), loop.flags().get(0).message());
    }

    @Test
    void oddIdsAreFlaggedAndShownVisibly() {
        List<Map<String, Object>> pending = new ArrayList<>();
        for (String id : List.of("zero\u200bwidth", "new\nline", "lone\ud800", "astral\ud83d\ude00", "e\u0301",
                "", "  ", "\ufeffbom", "plain")) {
            pending.add(TestSets.entry(id));
        }
        CheckpointInspection inspection = inspect(pending);
        List<InspectionFlag> odd = inspection.flags().stream()
                .filter(flag -> flag.code() == FlagCode.ODD_TASK_IDS).toList();
        assertEquals(8, odd.size(), inspection.flags().toString());
        assertEquals("zero\\u200bwidth", inspection.pending().get(0).taskIdDisplay());
        assertEquals("new\\nline", inspection.pending().get(1).taskIdDisplay());
        assertEquals("lone\\ud800", inspection.pending().get(2).taskIdDisplay());
        assertEquals("lone\ud800", inspection.pending().get(2).taskId());
        assertEquals("\"\"", inspection.pending().get(5).taskIdDisplay());
        assertEquals("\\u0020\\u0020", inspection.pending().get(6).taskIdDisplay());
        assertTrue(odd.get(4).message().contains("not in Unicode NFC form"));
        assertTrue(inspection.pending().get(0).flags().contains(FlagCode.ODD_TASK_IDS));
        assertEquals(Set.of(), inspection.pending().get(8).flags());
    }

    @Test
    void idsThatCollideAfterNfcAreFlagged() {
        CheckpointInspection inspection = inspect(List.of(TestSets.entry("caf\u00e9"), TestSets.entry("cafe\u0301")));
        assertEquals(List.of(FlagCode.ODD_TASK_IDS, FlagCode.IDS_COLLIDE_AFTER_NFC), inspection.flagCodes());
    }

    @Test
    void fileLevelConsistencyFlags() {
        Map<String, Object> state = TestSets.headState(List.of(TestSets.entry("b")));
        state.put("schema_version", "2.0");
        state.put("trace_id", "fedcba9876543210fedcba9876543210");
        state.put("backend", Map.of("channel", "redis"));
        Map<String, Object> meta = TestSets.meta();
        meta.put("checkpoint_id", "someone_else_1_1795842257");
        meta.put("user_metadata", Map.of("reason", "feedback_timeout", "task_id", "b"));
        CheckpointInspection inspection = inspect(state, meta);
        assertEquals(List.of(FlagCode.BACKEND_MISMATCH, FlagCode.CHECKPOINT_ID_INCONSISTENT, FlagCode.FEEDBACK_PENDING,
                FlagCode.SCHEMA_VERSION_UNKNOWN, FlagCode.BRANCH_CONTEXT_CHECKPOINT), inspection.flagCodes());
        assertEquals("b", inspection.flags().get(2).taskId());
    }

    @Test
    void resumingMidTaskIsInfoAndNotNothingToResume() {
        Map<String, Object> state = TestSets.headState(List.of());
        state.put("resuming_task_id", "a");
        assertEquals(List.of(FlagCode.RESUMES_MID_TASK), inspect(state, TestSets.meta()).flagCodes());
    }

    @Test
    void wrongTypesAreKeptExactlyAndFlagged() {
        Map<String, Object> entry = TestSets.entry("b");
        entry.put("retry_count", "2");
        entry.put("status", 7);
        Map<String, Object> noId = TestSets.entry("x");
        noId.remove("task_id");
        Map<String, Object> state = TestSets.headState(List.of(entry, noId));
        state.put("steps", "one");
        CheckpointInspection inspection = inspect(state, TestSets.meta());
        assertEquals(List.of(FlagCode.UNEXPECTED_FIELD, FlagCode.STEPS_MISMATCH, FlagCode.UNKNOWN_PENDING_STATUS,
                FlagCode.UNEXPECTED_FIELD, FlagCode.UNEXPECTED_FIELD), inspection.flagCodes(),
                inspection.flags().toString());
        PendingEntry first = inspection.pending().get(0);
        assertEquals(null, first.retryCount());
        assertEquals("\"2\"", first.unusualValues().get("retry_count").toJson());
        assertEquals("$.pending_tasks[0].retry_count", inspection.flags().get(3).jsonPath());
        assertEquals(null, inspection.pending().get(1).taskId());
    }
}
