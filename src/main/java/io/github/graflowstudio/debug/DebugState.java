package io.github.graflowstudio.debug;

/** The states of a {@link DebugSession}. */
public enum DebugState {
    /** Created, not started. */
    IDLE,
    /** The engine is running tasks. */
    RUNNING,
    /** The engine thread is held before a task (or at an event breakpoint). */
    PAUSED,
    /** A stop was requested; the engine ends before the next task. */
    STOPPING,
    /** The run ended (any status). */
    FINISHED
}
