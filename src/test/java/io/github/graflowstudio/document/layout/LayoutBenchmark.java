package io.github.graflowstudio.document.layout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Times the auto-layout of a large graph: by default 1,000 nodes, 1,500 edges (a third of them
 * between random nodes, so with many long back edges and cycles) and 5 groups. Prints wall-clock
 * time and the layout thread's CPU time (ELK layered runs on the calling thread only): on a shared
 * machine the wall-clock time also measures the other processes.
 *
 * <p>"Cold" is the first large layout in the JVM; with {@code -Dwarm.up=true} it runs after
 * {@link AutoLayoutService#warmUp()}, as in the application. Not a unit test: run it by hand, in a
 * fresh JVM each time:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java [-Dnodes=1000 -Dedges=1500 -Dgroups=5 -Dthoroughness=7 -Dwarm.up=false] \
 *     -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.github.graflowstudio.document.layout.LayoutBenchmark
 * </pre>
 */
public final class LayoutBenchmark {
    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 5;

    private LayoutBenchmark() {
    }

    /** Runs the benchmark and prints the figures in milliseconds. */
    public static void main(String[] arguments) {
        int nodes = Integer.getInteger("nodes", 1000);
        int edges = Integer.getInteger("edges", 1500);
        int groups = Integer.getInteger("groups", 5);
        LayoutOptions options = LayoutOptions.defaults()
                .withThoroughness(Integer.getInteger("thoroughness", LayoutOptions.defaults().thoroughness()));
        boolean warmUpFirst = Boolean.getBoolean("warm.up");
        LayoutRequest request = RandomGraphs.generate(new Random(42), nodes, edges, groups).withOptions(options);
        AutoLayoutService service = new AutoLayoutService();

        Timing warmUp = warmUpFirst ? time(service::warmUp) : null;
        Timing cold = time(() -> layout(service, request));
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            layout(service, request);
        }
        long[] wall = new long[MEASURED_RUNS];
        long[] cpu = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            Timing timing = time(() -> layout(service, request));
            wall[i] = timing.wallMillis();
            cpu[i] = timing.cpuMillis();
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%d nodes, %d edges, %d groups, thoroughness %d, %d cores, load average %.1f%n",
                nodes, edges, groups, options.thoroughness(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (warmUp != null) {
            System.out.printf(Locale.ROOT, "warmUp(): wall %d ms, cpu %d ms%n", warmUp.wallMillis(), warmUp.cpuMillis());
        }
        System.out.printf(Locale.ROOT, "cold (first large layout in this JVM%s): wall %d ms, cpu %d ms%n",
                warmUp != null ? ", after warmUp()" : "", cold.wallMillis(), cold.cpuMillis());
        System.out.printf(Locale.ROOT, "warm (%d runs after %d more): wall median %d ms [%d..%d], "
                        + "cpu median %d ms [%d..%d]%n", MEASURED_RUNS, WARM_UP_RUNS,
                wall[MEASURED_RUNS / 2], wall[0], wall[MEASURED_RUNS - 1],
                cpu[MEASURED_RUNS / 2], cpu[0], cpu[MEASURED_RUNS - 1]);
    }

    private static void layout(AutoLayoutService service, LayoutRequest request) {
        LayoutResult result = service.layout(request);
        if (result.nodeBounds().size() != request.nodes().size()) {
            throw new IllegalStateException("not all nodes were laid out");
        }
    }

    private static Timing time(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        return new Timing((System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
    }

    private record Timing(long wallMillis, long cpuMillis) {
    }
}
