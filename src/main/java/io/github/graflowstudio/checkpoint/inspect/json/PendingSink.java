package io.github.graflowstudio.checkpoint.inspect.json;

/**
 * Receives pending entries one by one while a state file streams. Implementations need not be
 * thread-safe: a parse calls its sink from one thread.
 */
public interface PendingSink {
    /** A {@code pending_tasks} array starts (again, if the key repeats: the last one wins, as in Python). */
    void begin();

    /** The next entry in queue order. */
    void accept(RawPendingEntry entry);
}
