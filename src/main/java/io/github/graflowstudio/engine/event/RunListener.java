package io.github.graflowstudio.engine.event;

/**
 * Receives engine events, synchronously, on the thread that produced them. Implementations must
 * be thread-safe when parallel groups run on a multi-threaded executor. A listener that throws
 * has its exception logged and ignored; it never breaks the run.
 */
@FunctionalInterface
public interface RunListener {
    /** Called for every event. */
    void onEvent(RunEvent event);
}
