package io.github.graflowstudio.debug;

/** What a breakpoint watches. */
public enum BreakpointKind {
    /** Before a given task runs. */
    TASK("before a task"),
    /** A goto jump or next_task. */
    ON_JUMP("on goto / next_task"),
    /** A retry is queued. */
    ON_RETRY("on retry"),
    /** A task attempt fails. */
    ON_FAILURE("on failure"),
    /** A parallel group joins. */
    ON_GROUP_JOIN("on group join"),
    /** A checkpoint is written. */
    ON_CHECKPOINT("on checkpoint");

    private final String label;

    BreakpointKind(String label) {
        this.label = label;
    }

    /** A label for the UI. */
    public String label() {
        return label;
    }
}
