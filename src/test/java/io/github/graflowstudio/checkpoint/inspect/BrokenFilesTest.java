package io.github.graflowstudio.checkpoint.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken file never hides the others; every problem is a flag with a position. */
class BrokenFilesTest {
    @TempDir
    Path folder;

    private Path copy(String name) {
        return Fixtures.copy(name, folder);
    }

    private static Path file(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    private static void truncate(Path file, int length) throws IOException {
        byte[] data = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(data, length));
    }

    @Test
    void truncatedStateAtManyOffsetsStillShowsMetaAndPickle() throws IOException {
        for (String name : List.of("a1_chain_deferred", "o1_old_reference_chain")) {
            Path original = file(Fixtures.base(name), ".state.json");
            int size = (int) Files.size(original);
            for (int length = 0; length < size; length += 7) {
                Path base = Fixtures.copy(name, folder.resolve("t" + length));
                truncate(file(base, ".state.json"), length);
                CheckpointInspection inspection = TestSets.read(base);
                assertEquals(FileStatus.INVALID, inspection.fileStatus(CheckpointFile.STATE), name + "@" + length);
                assertEquals(List.of(FlagCode.STATE_INVALID_JSON), inspection.flagCodes().stream()
                        .filter(code -> code.severity() == Severity.ERROR).toList(), name + "@" + length);
                assertTrue(inspection.flags().get(0).message().contains("of " + length + " bytes"),
                        inspection.flags().get(0).message());
                assertNull(inspection.state());
                assertTrue(inspection.pending().isEmpty());
                assertNotNull(inspection.meta());
                assertTrue(inspection.pickle().valid());
                assertEquals(name.startsWith("o") ? CheckpointFormat.GRAFLOW_LEGACY : CheckpointFormat.GRAFLOW,
                        inspection.format());
            }
        }
    }

    @Test
    void truncationMessageGivesLineColumnAndOffset() throws IOException {
        Path base = copy("a1_chain_deferred");
        truncate(file(base, ".state.json"), 200);
        InspectionFlag flag = TestSets.read(base).flags().get(0);
        assertTrue(flag.message().matches("checkpoint\\.state\\.json: .* at line \\d+, column \\d+ \\(byte offset 200 "
                + "of 200 bytes\\)"), flag.message());
    }

    @Test
    void truncatedMetaAndPickleKeepTheStateAndPending() throws IOException {
        Path base = copy("b1_fanout_parallel_group");
        truncate(file(base, ".meta.json"), 100);
        truncate(file(base, ".pkl"), 3000);
        CheckpointInspection inspection = TestSets.read(base);
        assertEquals(List.of(FlagCode.META_INVALID_JSON, FlagCode.PKL_INVALID), inspection.flagCodes());
        assertEquals(List.of("ParallelGroup_1", "audit", "notify"), inspection.pendingTaskIds());
        assertEquals(FileStatus.INVALID, inspection.fileStatus(CheckpointFile.PKL));
        String message = inspection.flags().get(1).message();
        assertTrue(message.contains("FRAME claims 5587 bytes"), message);
    }

    @Test
    void missingFilesAreFlaggedOneByOne() throws IOException {
        Path base = copy("a1_chain_deferred");
        Files.delete(file(base, ".pkl"));
        assertEquals(List.of(FlagCode.PKL_MISSING), TestSets.read(base).flagCodes());
        Files.delete(file(base, ".meta.json"));
        assertEquals(List.of(FlagCode.META_MISSING, FlagCode.PKL_MISSING), TestSets.read(base).flagCodes());
        Path other = copy("c1_next_iteration");
        Files.delete(file(other, ".state.json"));
        CheckpointInspection inspection = TestSets.read(other);
        assertEquals(List.of(FlagCode.STATE_MISSING), inspection.flagCodes());
        assertEquals(CheckpointFormat.GRAFLOW, inspection.format());
        Files.delete(file(base, ".state.json"));
        assertThrows(NotACheckpointException.class, () -> CheckpointReader.read(base));
        assertThrows(NotACheckpointException.class, () -> CheckpointReader.read(folder.resolve("nothing.pkl")));
    }

    @Test
    void mismatchedFilesFromTwoRunsAreFlagged() throws IOException {
        Path base = copy("a1_chain_deferred");
        Files.copy(file(Fixtures.base("b1_fanout_parallel_group"), ".meta.json"), file(base, ".meta.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CheckpointInspection inspection = TestSets.read(base);
        assertEquals(List.of(FlagCode.SESSION_MISMATCH, FlagCode.STEPS_MISMATCH, FlagCode.START_NODE_MISMATCH),
                inspection.flagCodes());
        assertEquals("$.session_id", inspection.flags().get(0).jsonPath());
    }

    @Test
    void badUtf8IsNotUtf8WithItsOffset() throws IOException {
        Path base = copy("a1_chain_deferred");
        byte[] state = Files.readAllBytes(file(base, ".state.json"));
        int at = new String(state, StandardCharsets.ISO_8859_1).indexOf("step_3");
        state[at] = (byte) 0xff;
        Files.write(file(base, ".state.json"), state);
        byte[] meta = Files.readAllBytes(file(base, ".meta.json"));
        int stage = new String(meta, StandardCharsets.ISO_8859_1).indexOf("after");
        meta[stage] = (byte) 0xc3;
        meta[stage + 1] = (byte) 0x28;
        Files.write(file(base, ".meta.json"), meta);
        CheckpointInspection inspection = TestSets.read(base);
        assertEquals(List.of(FlagCode.STATE_NOT_UTF8, FlagCode.META_NOT_UTF8), inspection.flagCodes());
        assertTrue(inspection.flags().get(0).message().endsWith("at byte offset " + at + " of " + state.length
                + " bytes"), inspection.flags().get(0).message());
        assertTrue(inspection.pickle().valid());
    }

    @Test
    void encodedSurrogatesAndOverlongFormsAreNotUtf8() throws IOException {
        for (byte[] bad : List.of(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xc0, (byte) 0xaf},
                new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            byte[] text = ("{\"user_metadata\": {\"x\": \"" + "\"}}").getBytes(StandardCharsets.UTF_8);
            byte[] data = new byte[text.length + bad.length];
            System.arraycopy(text, 0, data, 0, 26);
            System.arraycopy(bad, 0, data, 26, bad.length);
            System.arraycopy(text, 26, data, 26 + bad.length, text.length - 26);
            Path base = TestSets.headSet(folder.resolve("u" + bad[0]), List.of(TestSets.entry("b")));
            Files.write(file(base, ".meta.json"), data);
            assertEquals(List.of(FlagCode.META_NOT_UTF8), TestSets.read(base).flagCodes());
        }
    }

    @Test
    void topLevelNotAnObjectEmptyBomAndExtraDataAreFlagged() throws IOException {
        Path base = TestSets.headSet(folder, List.of(TestSets.entry("b")));
        Files.writeString(file(base, ".meta.json"), "[1, 2]");
        assertEquals(List.of(FlagCode.META_NOT_AN_OBJECT), TestSets.read(base).flagCodes());
        Files.writeString(file(base, ".meta.json"), "");
        assertEquals(List.of(FlagCode.META_INVALID_JSON), TestSets.read(base).flagCodes());
        Files.writeString(file(base, ".meta.json"), "\ufeff" + TestSets.json(TestSets.meta()));
        CheckpointInspection bom = TestSets.read(base);
        assertEquals(List.of(FlagCode.META_INVALID_JSON), bom.flagCodes());
        assertTrue(bom.flags().get(0).message().contains("byte order mark"));
        Files.writeString(file(base, ".meta.json"), TestSets.json(TestSets.meta()) + "\n{}");
        assertTrue(TestSets.read(base).flags().get(0).message().contains("extra data"));
        Files.write(file(base, ".meta.json"), new byte[] {0, '{', '}', 0});
        assertEquals(List.of(FlagCode.META_INVALID_JSON), TestSets.read(base).flagCodes());
        Files.writeString(file(base, ".meta.json"), TestSets.json(TestSets.meta()) + "\n\n");
        assertEquals(List.of(), TestSets.read(base).flagCodes());
    }

    @Test
    void hostilePickleNamingOsSystemIsOnlyReadAndFlagged() throws IOException {
        byte[] hostile = {(byte) 0x80, 4, (byte) 0x8c, 2, 'o', 's', (byte) 0x8c, 6, 's', 'y', 's', 't', 'e', 'm',
            (byte) 0x93, (byte) 0x8c, 5, 't', 'o', 'u', 'c', 'h', (byte) 0x85, 'R', '.'};
        Path base = TestSets.write(folder, TestSets.json(TestSets.headState(List.of(TestSets.entry("b")))),
                TestSets.json(TestSets.meta()), null, hostile);
        CheckpointInspection inspection = TestSets.read(base);
        assertEquals(List.of(FlagCode.PICKLE_UNSAFE_GLOBAL), inspection.flagCodes());
        assertEquals(Severity.WARNING, inspection.worstSeverity());
        assertTrue(inspection.flags().get(0).message().contains("os.system"));
        assertTrue(inspection.pickle().valid());
    }

    @Test
    void pickleBombsInTheSetEndAsInvalidPickles() throws IOException {
        byte[] memoBomb = new byte[3 + 1_100_000 + 1];
        memoBomb[0] = (byte) 0x80;
        memoBomb[1] = 4;
        memoBomb[2] = 'N';
        Arrays.fill(memoBomb, 3, memoBomb.length - 1, (byte) 0x94);
        memoBomb[memoBomb.length - 1] = '.';
        byte[] lengthBomb = {(byte) 0x80, 5, (byte) 0x8e, -1, -1, -1, -1, -1, -1, -1, 0x3f, '.'};
        for (byte[] bomb : List.of(memoBomb, lengthBomb)) {
            Path base = TestSets.write(folder.resolve("b" + bomb.length),
                    TestSets.json(TestSets.headState(List.of(TestSets.entry("b")))), TestSets.json(TestSets.meta()),
                    null, bomb);
            CheckpointInspection inspection = TestSets.read(base);
            assertEquals(List.of(FlagCode.PKL_INVALID), inspection.flagCodes());
            assertFalse(inspection.pickle().valid());
        }
    }
}
