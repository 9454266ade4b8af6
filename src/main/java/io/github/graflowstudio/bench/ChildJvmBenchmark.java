package io.github.graflowstudio.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JavaFX benchmarks, run in a child JVM by {@code io.github.graflowstudio.ui.bench.UiBenchMain}
 * (see {@link ChildJvm}); when no child JVM can show a window here, they are reported as skipped
 * with the reason.
 *
 * <ul>
 *   <li>{@code canvas.frame}: one child measures the canvas at every size.</li>
 *   <li>{@code startup.window}: JVM start to the main window shown; one child per sample (start-up
 *       is a whole-process figure), the first one discarded as a warm-up of the file cache.</li>
 * </ul>
 *
 * Immutable; see {@link Benchmark} for threading.
 */
public final class ChildJvmBenchmark implements Benchmark {
    /** The canvas benchmark's name. */
    public static final String CANVAS = "canvas.frame";
    /** The start-up benchmark's name. */
    public static final String STARTUP = "startup.window";

    private final String name;
    private final Map<String, String> environment;

    /**
     * @param name        {@link #CANVAS} or {@link #STARTUP}
     * @param environment the process environment (for {@code DISPLAY})
     */
    public ChildJvmBenchmark(String name, Map<String, String> environment) {
        if (!CANVAS.equals(name) && !STARTUP.equals(name)) {
            throw new IllegalArgumentException("not a UI benchmark: " + name);
        }
        this.name = name;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return CANVAS.equals(name) ? "canvas repaint while panning, `nodes` nodes and ~1.5x edges (child JVM)"
                : "JVM start to the main window shown on the ETL sample (child JVM)";
    }

    @Override
    public List<BenchmarkResult> run(BenchmarkSettings settings) {
        String[] reason = new String[1];
        Optional<ChildJvm> child = ChildJvm.forThisProcess(environment, reason);
        if (CANVAS.equals(name)) {
            int[] sizes = settings.pick(new int[] {500, 2_000, 10_000}, new int[] {200});
            if (child.isEmpty()) {
                List<BenchmarkResult> skipped = new ArrayList<>();
                for (int size : sizes) {
                    skipped.add(BenchmarkResult.skipped(CANVAS, Map.of("nodes", size), "ms_median", reason[0]));
                }
                return skipped;
            }
            List<String> arguments = new ArrayList<>(List.of("canvas"));
            if (settings.quick()) {
                arguments.add("--quick");
            }
            for (int size : sizes) {
                arguments.add(Integer.toString(size));
            }
            return withPlatform(child.get().run(arguments), child.get());
        }
        if (child.isEmpty()) {
            return List.of(BenchmarkResult.skipped(STARTUP, Map.of(), "ms", reason[0]));
        }
        return List.of(startup(child.get(), settings));
    }

    private BenchmarkResult startup(ChildJvm child, BenchmarkSettings settings) {
        int runs = settings.pick(5, 1);
        if (!settings.quick()) {
            child.run(List.of("startup"));
        }
        Samples shown = new Samples();
        Map<String, Samples> details = new TreeMap<>();
        for (int i = 0; i < runs; i++) {
            for (BenchmarkResult result : child.run(List.of("startup"))) {
                shown.add(result.value());
                result.detail().forEach((key, value) -> {
                    if (value instanceof Number number) {
                        details.computeIfAbsent(key, k -> new Samples()).add(number.doubleValue());
                    }
                });
            }
        }
        Map<String, Object> medians = new LinkedHashMap<>();
        details.forEach((key, samples) -> medians.put(key, Figures.round(samples.median())));
        medians.put("platform", child.headless() ? "monocle-headless" : "display");
        return BenchmarkResult.measured(STARTUP, Map.of(), Figures.round(shown.median()), "ms", shown.detail(medians));
    }

    private static List<BenchmarkResult> withPlatform(List<BenchmarkResult> results, ChildJvm child) {
        List<BenchmarkResult> marked = new ArrayList<>();
        for (BenchmarkResult result : results) {
            Map<String, Object> detail = new LinkedHashMap<>(result.detail());
            detail.put("platform", child.headless() ? "monocle-headless" : "display");
            marked.add(new BenchmarkResult(result.name(), result.params(), result.value(), result.unit(),
                    result.skippedReason(), detail));
        }
        return marked;
    }
}
