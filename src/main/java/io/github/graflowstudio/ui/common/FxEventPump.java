package io.github.graflowstudio.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one adapter through which engine-thread events reach the FX thread: producers
 * {@link #post} from any thread; at most one drain is scheduled at a time, so everything posted
 * before the next pulse arrives there as one batch (coalesced per pulse). Engine threads never
 * touch the scene.
 *
 * <p>Thread-safe for producers; the handler runs on the scheduler's thread (the FX thread).
 *
 * @param <T> the event type
 */
public final class FxEventPump<T> {
    private final ConcurrentLinkedQueue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<T>> handler;
    private final Consumer<Runnable> scheduler;
    private final int maxBatch;
    private long batches;

    /** A pump delivering on the FX thread via {@link Platform#runLater}. */
    public FxEventPump(Consumer<List<T>> handler) {
        this(handler, Platform::runLater, 200_000);
    }

    /**
     * A pump with a custom scheduler (tests) and a batch cap (the rest waits for the next pulse,
     * so one pulse never does unbounded work).
     */
    public FxEventPump(Consumer<List<T>> handler, Consumer<Runnable> scheduler, int maxBatch) {
        this.handler = Objects.requireNonNull(handler);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.maxBatch = maxBatch;
    }

    /** Queues an event; schedules a drain if none is pending. */
    public void post(T event) {
        pending.add(event);
        if (scheduled.compareAndSet(false, true)) {
            scheduler.accept(this::drain);
        }
    }

    /** Batches delivered so far (FX thread). */
    public long batches() {
        return batches;
    }

    private void drain() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        T event;
        while (batch.size() < maxBatch && (event = pending.poll()) != null) {
            batch.add(event);
        }
        if (!pending.isEmpty() && scheduled.compareAndSet(false, true)) {
            scheduler.accept(this::drain);
        }
        if (!batch.isEmpty()) {
            batches++;
            handler.accept(batch);
        }
    }
}
