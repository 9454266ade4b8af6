package io.github.graflowstudio.ui.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark support (Linux only): samples, every few milliseconds, how long each of this JVM's
 * interesting threads (the FX, render, engine and monitor threads, the JIT compilers, ZGC's threads,
 * the after-run collection and this sampler) has run
 * on a core and how long it has waited for one, from {@code /proc/self/task/<id>/schedstat}. So a
 * long frame can be told apart: a thread busy with slow code, or a thread ready to run that had
 * no core. Does nothing where that file does not exist. Thread-safe: one sampling thread writes,
 * {@link #during} reads a copy.
 */
final class ThreadSchedule {
    private static final List<String> WATCHED = List.of("JavaFX Applicat", "QuantumRenderer", "studio-engine",
            "studio-run-moni", "C2 CompilerThre", "C1 CompilerThre", "Z", "studio-collect", "bench-schedule",
            "other threads");
    /** Every other thread of the process (timers, the VM's own), summed; "Z" are ZGC's threads. */
    private static final String OTHER = "other threads";
    private static final Path TASKS = Path.of("/proc/self/task");
    private final List<long[]> samples = new ArrayList<>(); // {time, then per watched name: run ns, wait ns}
    /** Thread id to index in {@link #WATCHED}: a thread's name is read once, so a sample reads one file per thread. */
    private final Map<String, Integer> categories = new HashMap<>();
    private final Thread sampler;

    ThreadSchedule(long periodMillis) {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted() && Files.isDirectory(TASKS)) {
                long[] sample = sample();
                synchronized (samples) {
                    samples.add(sample);
                }
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-schedule");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stop() {
        sampler.interrupt();
    }

    /**
     * Milliseconds the FX thread and the render thread ran between two instants, or {@code null}
     * without samples around them.
     */
    double[] cpu(long fromNanos, long toNanos) {
        long[][] span = span(fromNanos, toNanos);
        if (span == null) {
            return null;
        }
        return new double[] {(span[1][1] - span[0][1]) / 1e6, (span[1][3] - span[0][3]) / 1e6};
    }

    /** The last sample at or before {@code fromNanos} and the first at or after {@code toNanos}. */
    private long[][] span(long fromNanos, long toNanos) {
        long[] first = null;
        long[] last = null;
        synchronized (samples) {
            for (long[] sample : samples) {
                if (sample[0] <= fromNanos) {
                    first = sample;
                }
                if (last == null && sample[0] >= toNanos) {
                    last = sample;
                }
            }
        }
        return first == null || last == null ? null : new long[][] {first, last};
    }

    /** Per watched thread name, milliseconds on a core and waiting for one between two instants. */
    String during(long fromNanos, long toNanos) {
        long[][] span = span(fromNanos, toNanos);
        if (span == null) {
            return "no schedule samples";
        }
        long[] first = span[0];
        long[] last = span[1];
        StringBuilder text = new StringBuilder(String.format("over %.0f ms:", (last[0] - first[0]) / 1e6));
        for (int i = 0; i < WATCHED.size(); i++) {
            text.append(String.format(" %s run %.0f wait %.0f;", WATCHED.get(i).split(" ")[0],
                    (last[1 + 2 * i] - first[1 + 2 * i]) / 1e6, (last[2 + 2 * i] - first[2 + 2 * i]) / 1e6));
        }
        return text.toString();
    }

    private long[] sample() {
        long[] sample = new long[1 + 2 * WATCHED.size()];
        sample[0] = System.nanoTime();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    int watched = categories.computeIfAbsent(task.getFileName().toString(), id -> category(task));
                    String[] fields = Files.readString(task.resolve("schedstat")).strip().split(" ");
                    sample[1 + 2 * watched] += Long.parseLong(fields[0]);
                    sample[2 + 2 * watched] += Long.parseLong(fields[1]);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while it was read
                }
            }
        } catch (IOException e) {
            return sample;
        }
        return sample;
    }

    /** Index in {@link #WATCHED} of a thread, by the name it had when first seen. */
    private static int category(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).strip();
            int index = WATCHED.stream().filter(name::startsWith).findFirst().map(WATCHED::indexOf).orElse(-1);
            return index < 0 ? WATCHED.indexOf(OTHER) : index;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
