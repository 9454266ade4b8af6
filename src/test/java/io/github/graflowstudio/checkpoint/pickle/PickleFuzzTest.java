package io.github.graflowstudio.checkpoint.pickle;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of real pickles and random opcode soups: every walk ends in a report (valid,
 * or invalid with a message and offset), never an exception. {@code studio.fuzz.count} times
 * {@value #WALKS_PER_COUNT} walks, seed from {@code studio.fuzz.seed}.
 */
class PickleFuzzTest {
    private static final int WALKS_PER_COUNT = 50;
    private static final Path FIXTURES = Path.of(System.getProperty("studio.shared.dir", "../shared"),
            "fixtures", "graflow-checkpoints");

    @Test
    void mutatedPicklesAlwaysGiveAReport() throws IOException {
        List<byte[]> corpus = new ArrayList<>();
        for (String set : List.of("a1_chain_deferred", "b1_fanout_parallel_group", "o2_old_mixed_strategies")) {
            corpus.add(Files.readAllBytes(FIXTURES.resolve(set).resolve("checkpoint.pkl")));
        }
        int walks = Integer.getInteger("studio.fuzz.count", 200) * WALKS_PER_COUNT;
        long seed = Long.getLong("studio.fuzz.seed", 20261128L);
        PickleWalker walker = PickleWalker.withDefaults();
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            for (int i = 0; i < walks; i++) {
                Random random = new Random(seed * 7_919L + i);
                byte[] data = mutate(corpus.get(random.nextInt(corpus.size())), random);
                PickleReport report;
                try {
                    report = walker.walk(data, instruction -> true);
                } catch (RuntimeException | Error failure) {
                    throw new AssertionError("seed " + seed + ", walk " + i + " failed with " + failure, failure);
                }
                assertNotNull(report);
                assertTrue(report.valid() || (report.error() != null && report.errorOffset() <= data.length),
                        "seed " + seed + ", walk " + i);
            }
        });
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] data;
        switch (random.nextInt(4)) {
            case 0 -> {
                data = original.clone();
                for (int flips = 1 + random.nextInt(6); flips > 0; flips--) {
                    data[random.nextInt(data.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> data = java.util.Arrays.copyOf(original, random.nextInt(original.length));
            case 2 -> {
                data = new byte[2 + random.nextInt(300)];
                random.nextBytes(data);
                data[0] = (byte) 0x80;
                data[1] = (byte) random.nextInt(6);
            }
            default -> {
                int at = 2 + random.nextInt(original.length - 2);
                int length = 1 + random.nextInt(Math.min(200, original.length - at));
                data = new byte[original.length + length];
                System.arraycopy(original, 0, data, 0, at);
                System.arraycopy(original, at, data, at, length);
                System.arraycopy(original, at, data, at + length, original.length - at);
            }
        }
        return data;
    }
}
