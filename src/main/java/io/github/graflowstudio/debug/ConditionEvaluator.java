package io.github.graflowstudio.debug;

import io.github.graflowstudio.engine.ExecutionContext;

/** Evaluates breakpoint conditions against a run's channel and results. Implementations are thread-safe. */
@FunctionalInterface
public interface ConditionEvaluator {
    /**
     * Evaluates the condition.
     *
     * @return whether it holds
     * @throws IllegalArgumentException when the expression is invalid or fails
     */
    boolean test(String condition, ExecutionContext context);
}
