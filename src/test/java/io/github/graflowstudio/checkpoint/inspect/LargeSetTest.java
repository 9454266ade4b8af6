package io.github.graflowstudio.checkpoint.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Large sets read fast and compactly: the queue is streamed, never copied as a tree. */
class LargeSetTest {
    @TempDir
    Path folder;

    @Test
    void graflowSetWithAHundredThousandPendingTasks() throws Exception {
        int count = 100_000;
        Path base = CheckpointSetGenerator.graflowSet(folder, count, 7);
        List<String> ids = CheckpointSetGenerator.pendingIds(count, 7);
        CheckpointReader.read(base);
        long start = System.nanoTime();
        CheckpointInspection inspection = CheckpointReader.read(base);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("LargeSetTest: read %d pending tasks (%.1f MB state) in %d ms%n", count,
                Files.size(folder.resolve("big.state.json")) / 1e6, millis);
        assertEquals(ids, inspection.pendingTaskIds());
        assertEquals(count, inspection.state().pendingCount());
        long duplicated = CheckpointSetGenerator.duplicatedIds(ids);
        assertEquals(duplicated, inspection.flagCodes().stream().filter(FlagCode.DUPLICATE_PENDING::equals).count());
        assertEquals(duplicated, inspection.flags().size());
        assertTrue(millis < 20_000, "far too slow: " + millis + " ms");
    }

    @Test
    void studioSetWithTwentyThousandEntries() throws Exception {
        Path base = CheckpointSetGenerator.studioSet(folder, 20_000, 1000, 3);
        CheckpointInspection inspection = CheckpointReader.read(base);
        assertEquals(20_000, inspection.pending().size());
        assertTrue(inspection.flagCodes().stream().allMatch(code -> code == FlagCode.DUPLICATE_PENDING
                || code == FlagCode.PENDING_ALREADY_COMPLETED), inspection.flagCodes().toString());
        assertEquals(1000, inspection.flagCodes().stream().filter(FlagCode.DUPLICATE_PENDING::equals).count());
        assertEquals("kind", inspection.pending().get(19_999).strategy());
        assertTrue(inspection.context().graphKnown());
    }

    /** Opt-in ({@code -Dstudio.bigsets=true}): a million studio entries in a JVM with a 512 MB heap. */
    @Test
    @EnabledIfSystemProperty(named = "studio.bigsets", matches = "true")
    void millionEntryStudioSetFitsIn512Megabytes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CheckpointSetGenerator.class.getName(), "1000000", folder.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "timed out");
        String output = Files.readString(folder.resolve("out.txt"));
        System.out.println("LargeSetTest: " + output.strip());
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("read 1000000 studio entries"), output);
        assertTrue(new File(folder.toFile(), "big.state.json").length() > 100_000_000L);
    }
}
