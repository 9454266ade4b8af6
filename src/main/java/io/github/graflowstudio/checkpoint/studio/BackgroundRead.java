package io.github.graflowstudio.checkpoint.studio;

import java.util.function.Supplier;

/**
 * A read that runs on a thread of its own while the caller does something else (the loader reads
 * the state file while the caller rebuilds the graph from the context file). Its methods are for
 * the thread that started it; the result is handed over by {@link Thread#join()}.
 *
 * @param <T> what the read returns
 */
final class BackgroundRead<T> {
    private final Thread thread;
    private T result;
    private RuntimeException failure;
    private Error error;

    private BackgroundRead(String name, Supplier<T> read) {
        thread = new Thread(() -> {
            try {
                result = read.get();
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                error = e;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code read} on a daemon thread called {@code name}. */
    static <T> BackgroundRead<T> start(String name, Supplier<T> read) {
        BackgroundRead<T> background = new BackgroundRead<>(name, read);
        background.thread.start();
        return background;
    }

    /** Waits until the read has ended (keeping an interrupt for later). */
    void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the read and returns its result, or throws what it threw. */
    T result() {
        join();
        if (error != null) {
            throw error;
        }
        if (failure != null) {
            throw failure;
        }
        return result;
    }
}
