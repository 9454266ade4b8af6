package io.github.graflowstudio.ui.editor;

/** Live run state of a node, drawn on the canvas by the debugger. */
public enum NodeRunState {
    /** In the queue. */
    QUEUED,
    /** Running now. */
    RUNNING,
    /** The debugger is holding the run here. */
    PAUSED_HERE,
    /** Finished successfully (at least once). */
    SUCCEEDED,
    /** Failed for good. */
    FAILED,
    /** Failed and a retry is queued. */
    RETRYING,
    /** Never reached in a finished run. */
    SKIPPED
}
