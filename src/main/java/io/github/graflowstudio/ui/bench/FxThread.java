package io.github.graflowstudio.ui.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit once and runs work on its thread from a benchmark's main thread.
 * Thread-safe.
 */
final class FxThread {
    private static final Object LOCK = new Object();
    private static boolean started;

    private FxThread() {
    }

    /** Starts the toolkit (once per process) and keeps it running when no window is open. */
    static void start() {
        synchronized (LOCK) {
            if (started) {
                return;
            }
            CompletableFuture<Void> ready = new CompletableFuture<>();
            Platform.startup(() -> ready.complete(null));
            Platform.setImplicitExit(false);
            await(ready, 60);
            started = true;
        }
    }

    /** Runs {@code work} on the FX thread and waits for its value. */
    static <T> T call(Supplier<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        return await(done, 600);
    }

    /** Waits for a future completed on the FX thread. */
    static <T> T await(CompletableFuture<T> future, long seconds) {
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the FX thread", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer in " + seconds + " s", e);
        }
    }
}
