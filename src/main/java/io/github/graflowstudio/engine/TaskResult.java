package io.github.graflowstudio.engine;

/**
 * The outcome of one parallel-group member's branch. Immutable.
 *
 * @param taskId       the member id
 * @param success      whether the branch succeeded (a terminate counts as success)
 * @param errorMessage the failure message, or {@code null}
 */
public record TaskResult(String taskId, boolean success, String errorMessage) {
}
