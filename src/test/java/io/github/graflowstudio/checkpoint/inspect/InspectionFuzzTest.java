package io.github.graflowstudio.checkpoint.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graflowstudio.checkpoint.inspect.json.InspectionJson;
import io.github.graflowstudio.checkpoint.inspect.json.JsonFileReader;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations (bit flips, truncations, splices, inserted tokens, dropped files) of real and
 * hand-made sets: every read ends in an inspection, within a time bound, never an unexpected
 * exception, hang, OutOfMemoryError or StackOverflowError. {@code -Dstudio.fuzz.count=N} (times
 * {@value #READS_PER_COUNT} reads) and {@code -Dstudio.fuzz.seed=S} reproduce a run.
 */
class InspectionFuzzTest {
    private static final int READS_PER_COUNT = 15;
    private static final String[] SUFFIXES = {".state.json", ".meta.json", ".pkl", ".context.json"};
    private static final String[] TOKENS = {"NaN", "-Infinity", "1e999999", "123456789012345678901234567890",
        "\"\\ud800\"", "[[[[[[[[", "{\"a\":", "\u0000", "]]]}", ",", "null", "\"task_id\": 5", "\"\\u200b\"",
        "\u0093\u0093", "\u0094\u0094(", "\u008e\u00ff\u00ff\u00ff\u00ff", "\"strategy\": \"pickle\"",
        "\"data\": \"gAWVAAAA\"", "\"formatVersion\": 9"};

    @TempDir
    Path folder;

    @Test
    void mutatedSetsAlwaysGiveAnInspection() {
        int reads = Integer.getInteger("studio.fuzz.count", 200) * READS_PER_COUNT;
        long seed = Long.getLong("studio.fuzz.seed", 20261128L);
        List<Map<String, byte[]>> corpus = corpus();
        CheckpointReader reader = new CheckpointReader(InspectionOptions.DEFAULTS);
        long start = System.nanoTime();
        long[] cpuNanos = new long[1];
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            List<Path> bases = new ArrayList<>();
            for (int index = 0; index < corpus.size(); index++) {
                bases.add(write("set" + index, corpus.get(index)));
            }
            for (int i = 0; i < reads; i++) {
                Random random = new Random(seed * 1_000_003L + i);
                int index = random.nextInt(corpus.size());
                Map<String, byte[]> set = new LinkedHashMap<>(corpus.get(index));
                String[] mutated = new String[1];
                String mutation = mutate(set, corpus, random, mutated);
                Path file = bases.get(index).resolveSibling("checkpoint" + mutated[0]);
                put(file, set.get(mutated[0]));
                check(reader, bases.get(index), "seed " + seed + ", read " + i + ": " + mutation);
                put(file, corpus.get(index).get(mutated[0]));
            }
            cpuNanos[0] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
        });
        System.out.printf("InspectionFuzzTest: %d mutated reads (seed %d) in %d ms (%d ms CPU)%n", reads, seed,
                (System.nanoTime() - start) / 1_000_000, cpuNanos[0] / 1_000_000);
    }

    private static void check(CheckpointReader reader, Path base, String what) {
        long begin = System.nanoTime();
        CheckpointInspection inspection;
        try {
            inspection = reader.inspect(base);
            JsonNode report = Fixtures.MAPPER.readTree(InspectionJson.toJson(inspection, 50));
            assertEquals(Math.min(50, inspection.pending().size()), report.get("pending").size(), what);
        } catch (NotACheckpointException | IOException | RuntimeException | Error failure) {
            throw new AssertionError(what + " failed with " + failure, failure);
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        if (millis > 10_000) {
            fail(what + " took " + millis + " ms");
        }
        assertEquals(inspection.state() == null ? 0 : inspection.state().pendingCount(), inspection.pending().size(),
                what);
        for (InspectionFlag flag : inspection.flags()) {
            if (flag.message().contains(JsonFileReader.INTERNAL_ERROR)) {
                fail(what + " hit the safety net: " + flag.message());
            }
        }
        Severity worst = inspection.flags().stream().map(InspectionFlag::severity)
                .reduce(Severity.NONE, Severity::worst);
        assertEquals(worst, inspection.worstSeverity(), what);
    }

    /** Writes a pristine set once; returns its base. */
    private Path write(String name, Map<String, byte[]> set) throws IOException {
        Path target = Files.createDirectories(folder.resolve(name));
        for (String suffix : SUFFIXES) {
            put(target.resolve("checkpoint" + suffix), set.get(suffix));
        }
        return target.resolve("checkpoint");
    }

    /** Writes the bytes, or deletes the file for {@code null}. */
    private static void put(Path file, byte[] data) throws IOException {
        if (data == null) {
            Files.deleteIfExists(file);
        } else {
            Files.write(file, data);
        }
    }

    /** Mutates one file of the set (a copy owned by the caller); returns what was done. */
    private static String mutate(Map<String, byte[]> set, List<Map<String, byte[]>> corpus, Random random,
                                 String[] mutatedSuffix) {
        List<String> present = new ArrayList<>();
        set.forEach((suffix, data) -> {
            if (data != null) {
                present.add(suffix);
            }
        });
        String suffix = present.get(random.nextInt(present.size()));
        mutatedSuffix[0] = suffix;
        byte[] data = set.get(suffix);
        int kind = random.nextInt(7);
        String description;
        switch (kind) {
            case 0 -> {
                data = data.clone();
                int flips = 1 + random.nextInt(8);
                for (int j = 0; j < flips && data.length > 0; j++) {
                    data[random.nextInt(data.length)] ^= (byte) (1 << random.nextInt(8));
                }
                description = flips + " bit flips";
            }
            case 1 -> {
                int length = data.length == 0 ? 0 : random.nextInt(data.length);
                data = java.util.Arrays.copyOf(data, length);
                description = "truncated to " + length;
            }
            case 2 -> {
                Map<String, byte[]> donor = corpus.get(random.nextInt(corpus.size()));
                byte[] source = donor.values().stream().filter(bytes -> bytes != null && bytes.length > 0)
                        .skip(random.nextInt(2)).findFirst().orElse(new byte[] {'x'});
                int from = random.nextInt(source.length);
                int length = Math.min(source.length - from, 1 + random.nextInt(200));
                int at = random.nextInt(data.length + 1);
                int replace = random.nextBoolean() ? Math.min(data.length - at, random.nextInt(100)) : 0;
                data = splice(data, at, replace, java.util.Arrays.copyOfRange(source, from, from + length));
                description = "splice of " + length + " bytes at " + at;
            }
            case 3 -> {
                String token = TOKENS[random.nextInt(TOKENS.length)];
                int at = random.nextInt(data.length + 1);
                data = splice(data, at, 0, token.getBytes(StandardCharsets.ISO_8859_1));
                description = "token " + token.replace("\u0000", "NUL") + " at " + at;
            }
            case 4 -> {
                int at = random.nextInt(data.length + 1);
                int length = Math.min(data.length - at, 1 + random.nextInt(300));
                data = splice(data, at, length, new byte[0]);
                description = "deleted " + length + " bytes at " + at;
            }
            case 5 -> {
                int from = random.nextInt(data.length + 1);
                int length = Math.min(data.length - from, 1 + random.nextInt(400));
                int at = random.nextInt(data.length + 1);
                data = splice(data, at, 0, java.util.Arrays.copyOfRange(data, from, from + length));
                description = "duplicated " + length + " bytes at " + at;
            }
            default -> {
                data = null;
                description = "dropped";
            }
        }
        set.put(suffix, data);
        return suffix + " " + description;
    }

    private static byte[] splice(byte[] data, int at, int replace, byte[] insert) {
        byte[] result = new byte[data.length - replace + insert.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(data, at + replace, result, at + insert.length, data.length - at - replace);
        return result;
    }

    /** Fresh copies of the corpus for each call: the Graflow fixtures plus a studio set. */
    private List<Map<String, byte[]>> corpus() {
        List<Map<String, byte[]>> corpus = new ArrayList<>();
        try {
            for (String name : Fixtures.names()) {
                Map<String, byte[]> set = new LinkedHashMap<>();
                for (String suffix : SUFFIXES) {
                    Path file = Fixtures.base(name).resolveSibling("checkpoint" + suffix);
                    set.put(suffix, Files.exists(file) ? Files.readAllBytes(file) : null);
                }
                corpus.add(set);
            }
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
        Map<String, Object> lambda = TestSets.studioEntry("inline");
        lambda.put("serializable", false);
        lambda.put("reason", "inline lambda");
        Map<String, byte[]> studio = new LinkedHashMap<>();
        studio.put(".state.json", TestSets.json(TestSets.studioState(List.of(TestSets.studioEntry("b"), lambda,
                TestSets.studioEntry("b")))).getBytes(StandardCharsets.UTF_8));
        studio.put(".meta.json", TestSets.json(TestSets.studioMeta()).getBytes(StandardCharsets.UTF_8));
        studio.put(".pkl", null);
        studio.put(".context.json",
                TestSets.json(TestSets.context(List.of("a", "b"))).getBytes(StandardCharsets.UTF_8));
        corpus.add(studio);
        return corpus;
    }
}
