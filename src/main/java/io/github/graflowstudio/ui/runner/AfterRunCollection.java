package io.github.graflowstudio.ui.runner;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Asks the JVM to collect garbage right after a big run, on a thread of its own, while the user
 * looks at the results. A run of 100,000 tasks leaves about 150 MB behind; without this the
 * collector's next cycle tended to come during the next run, and a concurrent ZGC cycle then
 * slowed every thread of that run three- to seven-fold (the engine used 1.1-1.3 s of CPU instead
 * of 0.3 s, and frames took up to 80 ms). With ZGC the collection is concurrent: no thread stops
 * for it. Small runs leave too little behind to bother; one collection runs at a time.
 *
 * <p>Thread-safe.
 */
final class AfterRunCollection {
    /** Runs with fewer steps than this leave too little garbage to collect on purpose. */
    static final int MIN_STEPS = 10_000;
    /** Name of the thread the collection runs on. */
    static final String THREAD_NAME = "studio-collect";

    private final Consumer<Runnable> starter;
    private final Runnable collect;
    private final AtomicBoolean collecting = new AtomicBoolean();

    /** Collects with {@link System#gc()} on a new daemon thread. */
    AfterRunCollection() {
        this(task -> {
            Thread thread = new Thread(task, THREAD_NAME);
            thread.setDaemon(true);
            thread.start();
        }, System::gc);
    }

    /** A collection started by {@code starter} that runs {@code collect} (tests). */
    AfterRunCollection(Consumer<Runnable> starter, Runnable collect) {
        this.starter = starter;
        this.collect = collect;
    }

    /** A run of {@code steps} steps ended: starts a collection if it was big and none is going on. */
    boolean runEnded(int steps) {
        if (steps < MIN_STEPS || !collecting.compareAndSet(false, true)) {
            return false;
        }
        starter.accept(() -> {
            try {
                collect.run();
            } finally {
                collecting.set(false);
            }
        });
        return true;
    }
}
