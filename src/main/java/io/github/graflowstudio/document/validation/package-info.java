/**
 * Validation of workflow documents for the live validation panel, the {@code validate} command
 * and the compiler: {@link io.github.graflowstudio.document.validation.WorkflowValidator} returns
 * a {@link io.github.graflowstudio.document.validation.ValidationReport} of problems with a
 * severity, a stable {@link io.github.graflowstudio.document.validation.ProblemCode}, the node id
 * (or {@code null}), the config field (or {@code null}), a message and a hint, in a deterministic
 * order. {@link io.github.graflowstudio.document.validation.StartNodes} picks the start node.
 */
package io.github.graflowstudio.document.validation;
