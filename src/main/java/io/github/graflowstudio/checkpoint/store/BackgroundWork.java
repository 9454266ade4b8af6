package io.github.graflowstudio.checkpoint.store;

/**
 * A piece of checkpoint work on a daemon thread of its own while the caller does something else:
 * forcing the large context file to disk while the state file is written, reading the state file
 * while the graph is rebuilt. Waiting ignores interrupts (and keeps them for later), so the work
 * never outlives the operation that started it; its result, or what it threw, is handed over by
 * {@link Thread#join()}. Its methods are for the thread that started it.
 *
 * @param <T> what the work returns
 * @param <E> the checked exception it may throw ({@link RuntimeException} for none)
 */
public final class BackgroundWork<T, E extends Exception> {
    /** The work. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        /** Does it. */
        T run() throws E;
    }

    private final Thread thread;
    private T result;
    private Throwable failure;

    private BackgroundWork(String name, Work<T, E> work) {
        thread = new Thread(() -> {
            try {
                result = work.run();
            } catch (Throwable e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code work} on a daemon thread called {@code name}. */
    public static <T, E extends Exception> BackgroundWork<T, E> start(String name, Work<T, E> work) {
        BackgroundWork<T, E> background = new BackgroundWork<>(name, work);
        background.thread.start();
        return background;
    }

    /** Waits until the work has ended (keeping an interrupt for later). */
    public void join() {
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

    /** Waits for the work and returns its result, or throws what it threw. */
    @SuppressWarnings("unchecked")
    public T result() throws E {
        join();
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw (E) failure; // Work.run declares no other checked exception
        }
        return result;
    }
}
