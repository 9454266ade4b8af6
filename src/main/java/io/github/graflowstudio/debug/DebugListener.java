package io.github.graflowstudio.debug;

import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.event.RunEvent;

/**
 * Receives what a {@link DebugSession} does. Called on the engine thread (or the caller's thread
 * for commands); implementations must be thread-safe and quick (the UI adapter only queues). A
 * listener may hold the engine thread in {@link #onRunEvent} for a bounded time, holding no lock
 * (the UI's frame pacer does, to let a late frame go first); state notifications must never block.
 */
public interface DebugListener {
    /** Every engine event, in order. */
    default void onRunEvent(RunEvent event) {
    }

    /** The session changed state; {@code pause} is set when paused. */
    default void onStateChanged(DebugState state, PauseInfo pause) {
    }

    /** The run ended. */
    default void onFinished(RunResult result) {
    }

    /** A breakpoint condition could not be evaluated (the session paused there to show it). */
    default void onConditionError(Breakpoint breakpoint, String message) {
    }
}
