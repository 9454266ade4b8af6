package io.github.graflowstudio.debug;

/** What can happen to a {@link DebugSession}; the transition table says where each leads. */
public enum DebugAction {
    /** Start the run. */
    START,
    /** Hold before the next task. */
    PAUSE,
    /** A breakpoint, step end or pause request was reached. */
    HIT,
    /** Continue running. */
    CONTINUE,
    /** Run one task, then hold. */
    STEP,
    /** End the run before the next task. */
    STOP,
    /** The engine finished. */
    FINISH
}
