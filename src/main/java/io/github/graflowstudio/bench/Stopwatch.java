package io.github.graflowstudio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times one measured run: wall time, the CPU time of the measuring thread (a figure that load from
 * other processes disturbs much less than wall time) and the garbage-collection time of the whole
 * JVM in between. Not thread-safe: start and stop it on the thread that does the work.
 */
final class Stopwatch {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long startNanos;
    private final long startCpu;
    private final long startGc;
    private long wallNanos;
    private long cpuNanos;
    private long gcMillis;

    private Stopwatch() {
        startGc = JvmClock.gcMillis();
        startCpu = threadCpu();
        startNanos = System.nanoTime();
    }

    /** Starts timing now. */
    static Stopwatch start() {
        return new Stopwatch();
    }

    /** Stops timing; returns this. */
    Stopwatch stop() {
        wallNanos = System.nanoTime() - startNanos;
        long cpu = threadCpu();
        cpuNanos = cpu < 0 || startCpu < 0 ? -1 : cpu - startCpu;
        gcMillis = JvmClock.gcMillis() - startGc;
        return this;
    }

    /** Wall time in nanoseconds. */
    long wallNanos() {
        return wallNanos;
    }

    /** {@code cpu_ms} (when the JVM measures thread CPU time) and {@code gc_ms}, scaled by {@code 1/per}. */
    Map<String, Double> extras(double per, String suffix) {
        Map<String, Double> extras = new LinkedHashMap<>();
        if (cpuNanos >= 0) {
            extras.put("cpu_" + suffix, cpuNanos / per);
        }
        extras.put("gc_ms", (double) gcMillis);
        return extras;
    }

    /** {@code cpu_ms} and {@code gc_ms}. */
    Map<String, Double> extras() {
        return extras(1e6, "ms");
    }

    private static long threadCpu() {
        try {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }
}
