package io.github.graflowstudio.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that writes checkpoints in a loop at random moments, many times; each time the last
 * complete set must load. Count: {@code -Dstudio.crash.count} (default 8).
 */
class CheckpointCrashTest {
    @TempDir
    Path folder;

    @Test
    void lastCompleteSetAlwaysLoadsAfterAKill() throws Exception {
        int kills = Integer.getInteger("studio.crash.count", 8);
        long seed = Long.getLong("studio.fuzz.seed", 20261128L);
        Random random = new Random(seed);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        for (int round = 0; round < kills; round++) {
            Path base = folder.resolve("round" + round).resolve("set");
            Files.createDirectories(base.getParent());
            Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", classPath,
                    CrashWriterMain.class.getName(), base.toString(), String.valueOf(200 + random.nextInt(2000)))
                    .redirectError(new File(folder.toFile(), "child" + round + ".err"))
                    .start();
            AtomicInteger lastReported = new AtomicInteger(-1);
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("written ")) {
                            lastReported.set(Integer.parseInt(line.substring(8).trim()));
                        }
                    }
                } catch (Exception ignored) {
                    // the child was killed
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (lastReported.get() < 1 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(5);
            }
            if (lastReported.get() < 1) {
                child.destroyForcibly();
                fail("child never wrote a checkpoint: " + Files.readString(folder.resolve("child" + round + ".err")));
            }
            Thread.sleep(random.nextInt(120));
            int reportedBeforeKill = lastReported.get();
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);

            ResumedRun resumed = new CheckpointManager(folder, null).resumeFromCheckpoint(base);
            int steps = resumed.context().steps();
            assertTrue(steps >= reportedBeforeKill,
                    "round " + round + ": loaded steps " + steps + " but " + reportedBeforeKill + " was reported");
            assertEquals("crashtest", resumed.context().sessionId());
            assertTrue(resumed.context().queue().size() >= 200, "pending entries were lost");
        }
    }
}
