package io.github.graflowstudio.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.application.Platform;

/**
 * The hand-over through which events of other threads reach the FX thread (or, with another
 * scheduler, one worker thread):
 * producers {@link #post} from any thread; at most one drain is scheduled at a time, so everything
 * posted before the next pulse arrives there together (coalesced per pulse). Engine threads never
 * touch the scene.
 *
 * <p>A drain hands the handler chunks of at most {@code maxBatch} events, in order, and stops
 * taking chunks once its time budget is spent; the rest waits for a new drain, which the FX
 * thread runs after the pulse it may have queued meanwhile. So a burst of a million events
 * never freezes the window: it is worked off a few milliseconds per pulse.
 *
 * <p>Thread-safe for producers; the handler runs on the scheduler's thread (the FX thread by
 * default).
 *
 * @param <T> the event type
 */
public final class FxEventPump<T> {
    /** Time a drain may spend on the default FX pump before it yields to the pulse. */
    public static final long DEFAULT_BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(4);

    private final ConcurrentLinkedQueue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<T>> handler;
    private final Consumer<Runnable> scheduler;
    private final int maxBatch;
    private final long budgetNanos;
    private final LongSupplier clock;
    private long batches;
    private long drains;

    /** A pump delivering on the FX thread via {@link Platform#runLater}, 4 ms per drain. */
    public FxEventPump(Consumer<List<T>> handler) {
        this(handler, Platform::runLater, 4096, DEFAULT_BUDGET_NANOS, System::nanoTime);
    }

    /**
     * A pump that hands over one chunk of at most {@code maxBatch} events per drain (the rest
     * waits for the next one).
     */
    public FxEventPump(Consumer<List<T>> handler, Consumer<Runnable> scheduler, int maxBatch) {
        this(handler, scheduler, maxBatch, 0, System::nanoTime);
    }

    /**
     * A pump with a custom scheduler and clock (tests).
     *
     * @param handler     receives the events in order, in chunks
     * @param scheduler   runs a drain on the consumer thread ({@code Platform::runLater})
     * @param maxBatch    most events in one chunk
     * @param budgetNanos how long one drain may keep taking chunks; 0 means one chunk per drain
     * @param clock       nanosecond clock measuring the budget
     */
    public FxEventPump(Consumer<List<T>> handler, Consumer<Runnable> scheduler, int maxBatch, long budgetNanos,
                       LongSupplier clock) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive: " + maxBatch);
        }
        this.handler = Objects.requireNonNull(handler);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.maxBatch = maxBatch;
        this.budgetNanos = Math.max(0, budgetNanos);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Queues an event; schedules a drain if none is pending. */
    public void post(T event) {
        pending.add(event);
        // a plain read first: while a drain is scheduled (nearly always in a busy run) the
        // producer skips the locked compare-and-set on a line the consumer also writes
        if (!scheduled.get() && scheduled.compareAndSet(false, true)) {
            scheduler.accept(this::drain);
        }
    }

    /** Chunks delivered so far (consumer thread). */
    public long batches() {
        return batches;
    }

    /** Drains run so far (consumer thread). */
    public long drains() {
        return drains;
    }

    private void drain() {
        scheduled.set(false);
        drains++;
        long started = clock.getAsLong();
        List<T> chunk = takeChunk();
        while (!chunk.isEmpty()) {
            batches++;
            handler.accept(chunk);
            if (pending.isEmpty() || clock.getAsLong() - started >= budgetNanos) {
                break;
            }
            chunk = takeChunk();
        }
        if (!pending.isEmpty() && scheduled.compareAndSet(false, true)) {
            scheduler.accept(this::drain);
        }
    }

    private List<T> takeChunk() {
        List<T> chunk = new ArrayList<>(Math.min(maxBatch, 1024));
        T event;
        while (chunk.size() < maxBatch && (event = pending.poll()) != null) {
            chunk.add(event);
        }
        return chunk;
    }
}
