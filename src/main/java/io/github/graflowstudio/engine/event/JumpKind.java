package io.github.graflowstudio.engine.event;

/** How a task added work to the queue dynamically. */
public enum JumpKind {
    /** {@code next_task(..., goto=True)} or a jump to an existing node: successors skipped. */
    GOTO,
    /** {@code next_task} with a new task: successors still run. */
    NEXT_TASK,
    /** {@code next_iteration}. */
    NEXT_ITERATION
}
