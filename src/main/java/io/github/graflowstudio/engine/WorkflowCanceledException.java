package io.github.graflowstudio.engine;

/** A task called {@code cancel_workflow}: the run stops abnormally. */
public final class WorkflowCanceledException extends GraflowRuntimeException {
    private static final long serialVersionUID = 1L;
    private final String taskId;

    /** Makes the exception with Graflow's message form. */
    public WorkflowCanceledException(String taskId, String message) {
        super("Workflow canceled by task '" + taskId + "': " + message);
        this.taskId = taskId;
    }

    /** The task that cancelled. */
    public String taskId() {
        return taskId;
    }
}
