package io.github.graflowstudio.checkpoint.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real Graflow set gives the pending ids and flag codes its _expected.json records. */
class GraflowFixturesTest {

    static Stream<String> fixtureNames() {
        return Fixtures.names().stream();
    }

    @Test
    void allSevenSetsArePresent() {
        assertEquals(7, Fixtures.names().size(), Fixtures.names().toString());
    }

    @ParameterizedTest
    @MethodSource("fixtureNames")
    void pendingIdsAndFlagCodesMatchTheReference(String name) throws Exception {
        JsonNode expected = Fixtures.expected(name);
        CheckpointInspection inspection = CheckpointReader.read(Fixtures.base(name));
        assertEquals(Fixtures.expectedPendingIds(expected), inspection.pendingTaskIds());
        assertEquals(expected.get("state").get("pending_count").asInt(), inspection.pending().size());
        assertEquals(Fixtures.expectedFlagCodes(expected),
                inspection.flagCodes().stream().map(FlagCode::name).toList(), () -> describe(inspection.flags()));
        assertEquals(expected.get("worst_severity").asText(), inspection.worstSeverity().wireName());
        String format = expected.get("format").asText().equals("head") ? "graflow" : "graflow-legacy";
        assertEquals(format, inspection.format().wireName());
    }

    @ParameterizedTest
    @MethodSource("fixtureNames")
    void stateMetaAndPickleMatchTheReference(String name) throws Exception {
        JsonNode expected = Fixtures.expected(name);
        CheckpointInspection inspection = CheckpointReader.read(Fixtures.base(name));
        JsonNode state = expected.get("state");
        assertEquals(state.get("session_id").asText(), inspection.state().sessionId());
        assertEquals(state.get("steps").asLong(), inspection.state().steps());
        assertEquals(state.get("start_node").asText(), inspection.state().startNode());
        List<String> completed = new ArrayList<>();
        state.get("completed_tasks").forEach(id -> completed.add(id.asText()));
        assertEquals(completed, inspection.state().completedTasks());
        assertEquals(state.get("resuming_task_id").isNull() ? null : state.get("resuming_task_id").asText(),
                inspection.state().resumingTaskId());
        JsonNode meta = expected.get("meta");
        assertEquals(meta.get("checkpoint_id").asText(), inspection.meta().checkpointId());
        assertEquals(meta.get("created_at").asText(), inspection.meta().createdAt());
        JsonNode pkl = expected.get("pkl");
        assertNotNull(inspection.pickle());
        assertEquals(pkl.get("size").asLong(), inspection.pickle().size());
        assertEquals(pkl.get("valid").asBoolean(), inspection.pickle().valid());
        if (pkl.has("opcodes")) {
            assertEquals(pkl.get("opcodes").asLong(), inspection.pickle().opcodeCount());
            assertEquals(pkl.get("protocol").asInt(), inspection.pickle().protocol());
        } else {
            assertEquals(pkl.get("problem").asText(), inspection.pickle().error());
        }
        assertEquals(FileStatus.OK, inspection.fileStatus(CheckpointFile.STATE));
        assertEquals(FileStatus.OK, inspection.fileStatus(CheckpointFile.META));
        assertEquals(FileStatus.MISSING, inspection.fileStatus(CheckpointFile.CONTEXT));
    }

    @ParameterizedTest
    @MethodSource("fixtureNames")
    void everyPathOfTheSetOpensTheSameInspection(String name) throws Exception {
        Path base = Fixtures.base(name);
        CheckpointInspection byBase = CheckpointReader.read(base);
        for (String suffix : List.of(".pkl", ".state.json", ".meta.json")) {
            CheckpointInspection other = CheckpointReader.read(base.resolveSibling("checkpoint" + suffix));
            assertEquals(byBase, other, suffix);
        }
        assertEquals(byBase, CheckpointReader.read(base.getParent()));
        assertEquals(byBase.base(), base.toAbsolutePath().normalize());
    }

    @Test
    void legacyPayloadsAreWalkedAndReferencesJudged() throws Exception {
        CheckpointInspection inspection = CheckpointReader.read(Fixtures.base("o2_old_mixed_strategies"));
        assertEquals(CheckpointFormat.GRAFLOW_LEGACY, inspection.format());
        InspectionFlag stepThree = inspection.flags().get(2);
        assertEquals("step_3", stepThree.taskId());
        assertTrue(stepThree.message().contains("5308 bytes"), stepThree.message());
        assertTrue(stepThree.message().contains("graflow.core.task.TaskWrapper"), stepThree.message());
        assertTrue(inspection.flags().get(3).message().contains("651 bytes"));
        assertEquals(List.of("pickle", "pickle"), inspection.pending().subList(1, 3).stream()
                .map(entry -> entry.strategy()).toList());
        assertTrue(inspection.pending().get(3).flags().contains(FlagCode.OLD_REFERENCE_UNRESOLVABLE));
        assertFalse(inspection.pending().get(5).flags().contains(FlagCode.OLD_REFERENCE_UNRESOLVABLE));
        assertEquals(3, inspection.flags().get(4).pendingIndex());
    }

    private static String describe(List<InspectionFlag> flags) {
        StringBuilder text = new StringBuilder();
        flags.forEach(flag -> text.append('\n').append(flag.code()).append(": ").append(flag.message()));
        return text.toString();
    }
}
