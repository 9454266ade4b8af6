package io.github.graflowstudio.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a checkpoint set in Python Graflow's HEAD format with many pending tasks, for
 * {@code inspect.graflow}: a {@code .state.json} and {@code .meta.json} in Graflow's schema and
 * layout ({@code json.dump(..., indent=2)}, no trailing newline, epoch-second floats in Python's
 * notation), and a small valid {@code .pkl} (the context of the {@code a1_chain_deferred} fixture,
 * bundled as a resource). The session id is the fixture's, so the three files agree. Stateless
 * and thread-safe.
 */
final class GraflowSetSynthesizer {
    /** The session of the bundled pickle. */
    static final String SESSION_ID = "9c14fc51d871471fbadba1c4d1f71f84";
    private static final String PICKLE_RESOURCE = "graflow-context.pkl";
    private static final long CREATED_SECONDS = 1_795_842_257L;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private GraflowSetSynthesizer() {
    }

    /**
     * Writes {@code <base>.pkl}, {@code <base>.state.json} and {@code <base>.meta.json}.
     *
     * @param base    the set's base path (its folder must exist)
     * @param pending how many pending tasks ({@code t0 ...}) the state lists
     */
    static void write(Path base, int pending) {
        try {
            try (InputStream pickle = GraflowSetSynthesizer.class.getResourceAsStream(PICKLE_RESOURCE)) {
                if (pickle == null) {
                    throw new IllegalStateException("the bundled pickle " + PICKLE_RESOURCE + " is missing");
                }
                Files.copy(pickle, file(base, ".pkl"), StandardCopyOption.REPLACE_EXISTING);
            }
            try (Writer out = Files.newBufferedWriter(file(base, ".state.json"), StandardCharsets.UTF_8)) {
                writeState(out, pending);
            }
            try (Writer out = Files.newBufferedWriter(file(base, ".meta.json"), StandardCharsets.UTF_8)) {
                writeMeta(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Graflow set " + base + ": " + e.getMessage(), e);
        }
    }

    private static Path file(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    private static void writeState(Writer out, int pending) throws IOException {
        out.write("{\n"
                + "  \"schema_version\": \"1.0\",\n"
                + "  \"session_id\": \"" + SESSION_ID + "\",\n"
                + "  \"trace_id\": \"" + SESSION_ID + "\",\n"
                + "  \"start_node\": \"step_1\",\n"
                + "  \"steps\": 2,\n"
                + "  \"completed_tasks\": [\n"
                + "    \"step_1\",\n"
                + "    \"step_2\"\n"
                + "  ],\n"
                + "  \"cycle_counts\": {\n"
                + "    \"step_1\": 1,\n"
                + "    \"step_2\": 1\n"
                + "  },\n"
                + "  \"backend\": {\n"
                + "    \"channel\": \"memory\"\n"
                + "  },\n");
        if (pending == 0) {
            out.write("  \"pending_tasks\": [],\n");
        } else {
            out.write("  \"pending_tasks\": [\n");
            double createdAt = CREATED_SECONDS + 0.0149515;
            for (int i = 0; i < pending; i++) {
                out.write("    {\n      \"task_id\": \"t");
                out.write(Integer.toString(i));
                out.write("\",\n      \"status\": \"ready\",\n      \"created_at\": ");
                out.write(pythonFloat(createdAt + i * 1e-6));
                out.write(",\n      \"retry_count\": 0,\n      \"max_retries\": 3,\n      \"last_error\": null\n    }");
                out.write(i + 1 < pending ? ",\n" : "\n");
            }
            out.write("  ],\n");
        }
        out.write("  \"resuming_task_id\": null\n}");
    }

    private static void writeMeta(Writer out) throws IOException {
        String createdAt = ISO.format(Instant.ofEpochSecond(CREATED_SECONDS, 15_154_000).atOffset(ZoneOffset.UTC));
        out.write("{\n"
                + "  \"checkpoint_id\": \"" + SESSION_ID + "_2_" + CREATED_SECONDS + "\",\n"
                + "  \"session_id\": \"" + SESSION_ID + "\",\n"
                + "  \"created_at\": \"" + createdAt + "\",\n"
                + "  \"steps\": 2,\n"
                + "  \"start_node\": \"step_1\",\n"
                + "  \"backend\": {\n"
                + "    \"channel\": \"memory\"\n"
                + "  },\n"
                + "  \"user_metadata\": {\n"
                + "    \"stage\": \"after_step_2\",\n"
                + "    \"mode\": \"deferred\"\n"
                + "  }\n"
                + "}");
    }

    /** A double as Python's {@code repr} writes it for epoch seconds: shortest digits, no exponent. */
    static String pythonFloat(double value) {
        String plain = new BigDecimal(Double.toString(value)).toPlainString();
        return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }
}
