package io.github.graflowstudio.engine;

import java.util.Locale;

/**
 * Micro benchmark (not a unit test): runs chains of N trivial tasks and prints the engine's cost
 * per task. Run after {@code mvn test-compile}:
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes io.github.graflowstudio.engine.ChainBenchmark [N ...]
 * }</pre>
 *
 * <p>Each size is built once per repetition (build time printed separately), then executed with no
 * listeners attached; the figure is the median of the repetitions' execute time divided by N.
 * Sizes default to 10,000, 100,000 and 1,000,000.
 */
public final class ChainBenchmark {
    private static final TaskBody SEVEN = context -> 7;

    private ChainBenchmark() {
    }

    /**
     * Entry point.
     *
     * @param args chain sizes (optional)
     */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000, 1_000_000} : parse(args);
        // warm-up: JIT the hot path before measuring
        for (int i = 0; i < 5; i++) {
            runOnce(100_000);
        }
        System.out.printf(Locale.ROOT, "%10s %12s %12s %12s %12s %14s%n", "N", "build ms", "execute ms", "us/task", "min us/task",
                "GC ms in exec");
        for (int n : sizes) {
            int reps = n >= 1_000_000 ? 3 : 7;
            long[] buildNanos = new long[reps];
            long[] execNanos = new long[reps];
            long[] gcMillis = new long[reps];
            for (int r = 0; r < reps; r++) {
                long[] timing = runOnce(n);
                buildNanos[r] = timing[0];
                execNanos[r] = timing[1];
                gcMillis[r] = timing[2];
            }
            java.util.Arrays.sort(buildNanos);
            java.util.Arrays.sort(execNanos);
            java.util.Arrays.sort(gcMillis);
            double median = execNanos[reps / 2] / 1e3 / n;
            double min = execNanos[0] / 1e3 / n;
            System.out.printf(Locale.ROOT, "%10d %12.1f %12.1f %12.3f %12.3f %14d%n", n, buildNanos[reps / 2] / 1e6,
                    execNanos[reps / 2] / 1e6, median, min, gcMillis[reps / 2]);
        }
    }

    private static long[] runOnce(int n) {
        long buildStart = System.nanoTime();
        TaskGraph graph = new TaskGraph();
        String previous = null;
        for (int i = 0; i < n; i++) {
            String id = "t" + i;
            graph.addNode(Tasks.ofKind(id, "noop", null, SEVEN, TaskOptions.DEFAULTS));
            if (previous != null) {
                graph.addEdge(previous, id);
            }
            previous = id;
        }
        ExecutionContext context = ExecutionContext.builder(graph).startNode("t0").maxSteps(n + 10).build();
        WorkflowEngine engine = new WorkflowEngine();
        long built = System.nanoTime();
        System.gc(); // the previous repetition's garbage is not this run's cost
        long gcBefore = gcMillis();
        long execStart = System.nanoTime();
        RunResult result = engine.execute(context);
        long end = System.nanoTime();
        long gc = gcMillis() - gcBefore;
        if (result.status() != RunStatus.COMPLETED || result.steps() != n || !Integer.valueOf(7).equals(result.lastResult())) {
            throw new IllegalStateException("unexpected result " + result);
        }
        return new long[] {built - buildStart, end - execStart, gc};
    }

    private static long gcMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static int[] parse(String[] args) {
        int[] sizes = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            sizes[i] = Integer.parseInt(args[i].replace("_", ""));
        }
        return sizes;
    }
}
