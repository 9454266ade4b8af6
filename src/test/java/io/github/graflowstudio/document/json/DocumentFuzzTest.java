package io.github.graflowstudio.document.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.Runs;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.compile.WorkflowCompilationException;
import io.github.graflowstudio.document.compile.WorkflowCompiler;
import io.github.graflowstudio.document.validation.ValidationReport;
import io.github.graflowstudio.document.validation.WorkflowValidator;
import java.nio.file.Files;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutated sample files never crash the codec, the validator or the compiler: reading gives a
 * document or a positioned DocumentException, validation always returns, and compilation either
 * succeeds or reports its errors. Count and seed: -Dstudio.fuzz.count, -Dstudio.fuzz.seed.
 */
class DocumentFuzzTest {
    private static final String ALPHABET = "{}[]\":,0-9.eEtrufalsn \\\n\"idkindx";

    @Test
    void mutatedDocumentsNeverCrash() throws Exception {
        int count = Integer.getInteger("studio.fuzz.count", 200);
        long seed = Long.getLong("studio.fuzz.seed", 20261128L);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> samples = List.of("etl", "agent-loop", "flaky-retry", "checkpointing");
        DocumentCodec codec = new DocumentCodec();
        WorkflowValidator validator = new WorkflowValidator();
        WorkflowCompiler compiler = new WorkflowCompiler();
        int read = 0;
        for (int i = 0; i < count; i++) {
            String original = Files.readString(Runs.SAMPLES.resolve(samples.get(i % samples.size()) + ".flow.json"));
            String mutated = mutate(original, random, 1 + random.nextInt(4));
            WorkflowDocument document;
            try {
                document = codec.read(mutated, "fuzz-" + i + ".flow.json");
            } catch (DocumentException expected) {
                assertTrue(expected.getMessage().startsWith("fuzz-" + i + ".flow.json:"), expected.getMessage());
                continue;
            }
            read++;
            ValidationReport report = validator.validate(document);
            try {
                compiler.compile(document);
                assertTrue(!report.hasErrors(), "compiled although the validator reported errors");
            } catch (WorkflowCompilationException refused) {
                assertTrue(report.hasErrors(), "refused although the validator reported no errors: " + refused.getMessage());
            }
            assertTrue(codec.read(codec.write(document), "again").equals(document), "round trip of a mutated document");
        }
        assertTrue(count < 20 || read > 0, "some mutations should still be readable documents");
    }

    private static String mutate(String text, SplittableRandom random, int times) {
        StringBuilder builder = new StringBuilder(text);
        for (int i = 0; i < times && builder.length() > 0; i++) {
            int at = random.nextInt(builder.length());
            switch (random.nextInt(4)) {
                case 0 -> builder.deleteCharAt(at);
                case 1 -> builder.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> builder.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> {
                    int end = Math.min(builder.length(), at + 1 + random.nextInt(20));
                    builder.delete(at, end);
                }
            }
        }
        return builder.toString();
    }
}
