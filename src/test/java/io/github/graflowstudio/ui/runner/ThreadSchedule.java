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
 * no core. Does nothing where that file does not exist. Thread-safe: the sampling thread alone
 * keeps the per-thread state; {@link #during} reads the samples, which are never changed once added.
 */
final class ThreadSchedule {
    private static final List<String> WATCHED = List.of("JavaFX Applicat", "QuantumRenderer", "studio-engine",
            "studio-run-moni", "C2 CompilerThre", "C1 CompilerThre", "Z", "studio-collect", "bench-schedule",
            "other threads");
    /** Every other thread of the process (timers, the VM's own), summed; "Z" are ZGC's threads. */
    private static final String OTHER = "other threads";
    private static final Path TASKS = Path.of("/proc/self/task");
    private final List<long[]> samples = new ArrayList<>(); // {time, then per watched name: run ns, wait ns}
    /** The threads of the last sample by id; a settled thread's name is not read again. */
    private final Map<String, Track> tracks = new HashMap<>();
    /** Per watched name, run and wait time of the threads that have ended (their time stays counted). */
    private final long[] ended = new long[2 * WATCHED.size()];
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
        Map<String, Track> present = new HashMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String id = task.getFileName().toString();
                try {
                    Track track = tracks.get(id);
                    if (track == null || !track.settled) {
                        String name = Files.readString(task.resolve("comm")).strip();
                        track = track != null && track.name.equals(name) ? track.settle() : new Track(name);
                    }
                    String[] fields = Files.readString(task.resolve("schedstat")).strip().split(" ");
                    track.run = Long.parseLong(fields[0]);
                    track.wait = Long.parseLong(fields[1]);
                    present.put(id, track);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while it was read
                }
            }
        } catch (IOException e) {
            return sample;
        }
        tracks.forEach((id, track) -> {
            if (!present.containsKey(id)) { // ended since the last sample: keep its time in its category
                ended[2 * track.category] += track.run;
                ended[2 * track.category + 1] += track.wait;
            }
        });
        tracks.clear();
        tracks.putAll(present);
        System.arraycopy(ended, 0, sample, 1, ended.length);
        for (Track track : present.values()) {
            sample[1 + 2 * track.category] += track.run;
            sample[2 + 2 * track.category] += track.wait;
        }
        return sample;
    }

    /**
     * One thread as last sampled. A new thread shows its creator's name until the JVM renames it,
     * so its name is read again until two samples agree.
     */
    private static final class Track {
        final String name;
        final int category;
        boolean settled;
        long run;
        long wait;

        Track(String name) {
            this.name = name;
            int index = WATCHED.stream().filter(name::startsWith).findFirst().map(WATCHED::indexOf).orElse(-1);
            this.category = index < 0 ? WATCHED.indexOf(OTHER) : index;
        }

        Track settle() {
            settled = true;
            return this;
        }
    }
}
