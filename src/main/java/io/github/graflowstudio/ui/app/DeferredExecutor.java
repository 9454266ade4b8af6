package io.github.graflowstudio.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Holds tasks until it is opened, then hands them, and every later task, to a delegate in the
 * order they came. The shell opens it once the main window is shown, so that background work the
 * first frame does not need (validating the opened document, which also builds the expression
 * engine) does not compete with building and showing the window. Thread-safe.
 */
final class DeferredExecutor implements Executor {
    private final Executor delegate;
    private final List<Runnable> held = new ArrayList<>();
    private boolean open;

    /** An executor that holds its tasks for {@code delegate} until {@link #open()}. */
    DeferredExecutor(Executor delegate) {
        this.delegate = Objects.requireNonNull(delegate);
    }

    @Override
    public synchronized void execute(Runnable task) {
        Objects.requireNonNull(task);
        if (open) {
            delegate.execute(task);
        } else {
            held.add(task);
        }
    }

    /** Passes the held tasks on and stops holding; later calls do nothing. */
    synchronized void open() {
        if (open) {
            return;
        }
        open = true;
        held.forEach(delegate::execute);
        held.clear();
    }

    /** Whether tasks go straight to the delegate. */
    synchronized boolean isOpen() {
        return open;
    }
}
