package io.github.graflowstudio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The readable report: one row per result with our figure (median, minimum and the measuring
 * thread's CPU time where measured), Python Graflow's figure where the baselines have one, the
 * target and whether it was met, then the notes. Stateless and
 * thread-safe.
 */
public final class ResultTable {
    private static final String[] HEADER = {"benchmark", "params", "median", "min", "cpu", "unit", "Graflow", "target",
        ""};
    /** Columns printed right-aligned (the numbers). */
    private static final java.util.Set<Integer> NUMERIC = java.util.Set.of(2, 3, 4, 6, 7);

    private ResultTable() {
    }

    /** The table for the results. */
    public static String format(List<BenchmarkResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        List<String> notes = new ArrayList<>();
        for (BenchmarkResult result : results) {
            Optional<Reference> baseline = GraflowBaselines.forResult(result);
            Optional<Reference> target = Targets.forResult(result);
            String ours = result.isSkipped() ? "skipped" : number(result.value());
            String graflow = baseline.map(reference -> reference.value() == null ? "-" : number(reference.value()))
                    .orElse("");
            if (baseline.isPresent() && (baseline.get().value() == null || !result.isSkipped())) {
                String note = result.name() + ": Graflow figure: " + baseline.get().note();
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
            detailNote(result).ifPresent(notes::add);
            if (result.isSkipped()) {
                notes.add(result.name() + (result.params().isEmpty() ? "" : " " + result.paramsText()) + ": skipped: "
                        + result.skippedReason());
            }
            rows.add(new String[] {result.name(), result.paramsText(), ours, detailNumber(result, "min"),
                detailNumber(result, cpuKey(result)), result.unit(), graflow,
                    target.map(reference -> "<= " + number(reference.value())).orElse(""),
                    Targets.verdict(result).orElse("")});
        }
        StringBuilder text = new StringBuilder();
        int[] widths = widths(rows);
        for (int i = 0; i < rows.size(); i++) {
            appendRow(text, rows.get(i), widths);
            if (i == 0) {
                String[] rule = new String[widths.length];
                for (int column = 0; column < widths.length; column++) {
                    rule[column] = "-".repeat(widths[column]);
                }
                appendRow(text, rule, widths);
            }
        }
        if (!notes.isEmpty()) {
            text.append(System.lineSeparator()).append("Notes:").append(System.lineSeparator());
            for (String note : notes) {
                text.append("  ").append(note).append(System.lineSeparator());
            }
        }
        return text.toString();
    }

    /** A figure with three significant digits at most, without exponent. */
    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (value >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** The details worth reading beside a canvas or start-up figure, as a note. */
    private static Optional<String> detailNote(BenchmarkResult result) {
        java.util.Map<String, Object> detail = result.detail();
        if (detail.containsKey("frame_interval_ms")) {
            return Optional.of(result.name() + " " + result.paramsText() + ": " + detailCount(result, "drawn_nodes")
                    + " nodes drawn per frame, " + detailNumber(result, "frame_interval_ms")
                    + " ms between pulses (includes rasterising), first frame " + detailNumber(result, "first_frame_ms")
                    + " ms");
        }
        if (detail.containsKey("shell_built_ms")) {
            return Optional.of(result.name() + ": JavaFX start() at " + detailNumber(result, "start_called_ms")
                    + " ms, window built at " + detailNumber(result, "shell_built_ms") + " ms, first frame at "
                    + detailNumber(result, "first_pulse_ms") + " ms after JVM start");
        }
        return Optional.empty();
    }

    /** The detail holding the measuring thread's CPU time in the result's unit. */
    private static String cpuKey(BenchmarkResult result) {
        return result.unit().startsWith("ms") ? "cpu_ms" : "cpu_" + result.unit();
    }

    private static String detailCount(BenchmarkResult result, String key) {
        Object value = result.detail().get(key);
        return value instanceof Number number ? String.format(Locale.ROOT, "%,d", number.longValue()) : "";
    }

    private static String detailNumber(BenchmarkResult result, String key) {
        Object value = result.detail().get(key);
        return value instanceof Number number ? number(number.doubleValue()) : "";
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        return widths;
    }

    private static void appendRow(StringBuilder text, String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < row.length; column++) {
            boolean numeric = NUMERIC.contains(column);
            String cell = row[column];
            String padding = " ".repeat(widths[column] - cell.length());
            line.append(numeric ? padding + cell : cell + padding).append("  ");
        }
        text.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
}
