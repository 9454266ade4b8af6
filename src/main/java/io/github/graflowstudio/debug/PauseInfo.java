package io.github.graflowstudio.debug;

import io.github.graflowstudio.engine.event.RunEvent;

/**
 * Where and why a session paused. Immutable.
 *
 * @param reason     why
 * @param taskId     the task about to run (or running, for event pauses)
 * @param sessionId  the context's session (a branch's for group members)
 * @param beforeTask whether the engine is held before the task (false: at an event inside it)
 * @param breakpoint the breakpoint hit, or {@code null}
 * @param event      the event that paused, or {@code null}
 */
public record PauseInfo(Reason reason, String taskId, String sessionId, boolean beforeTask, Breakpoint breakpoint,
                        RunEvent event) {

    /** Why a session paused. */
    public enum Reason {
        /** A step ended. */
        STEP,
        /** A task breakpoint. */
        BREAKPOINT,
        /** An event breakpoint. */
        EVENT,
        /** The user pressed pause. */
        PAUSE_REQUEST
    }

    /** A one-line description. */
    public String describe() {
        return switch (reason) {
            case STEP -> "Stepped: next is " + taskId;
            case BREAKPOINT -> "Breakpoint: " + breakpoint.describe();
            case EVENT -> "Paused " + breakpoint.kind().label() + " in " + taskId;
            case PAUSE_REQUEST -> "Paused before " + taskId;
        };
    }
}
