package io.github.graflowstudio.ui.runner;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A single thread standing in for the FX thread in view-model tests (no toolkit needed). */
final class UiThread implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));

    void post(Runnable work) {
        thread.execute(work);
    }

    void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    <T> T call(Callable<T> work) {
        try {
            return thread.submit(work).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits until the condition (checked on the UI thread) holds. */
    void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (call(condition::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("pool") || thread.getName().startsWith("test-ui")) {
                dump.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                for (StackTraceElement frame : stack) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
        });
        throw new AssertionError("timed out waiting for " + what + "\n" + dump);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
