package io.github.graflowstudio.document.compile;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.validation.ValidationReport;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.TaskGraph;

/**
 * A compiled document: the task graph, the start node and the validation report (warnings
 * only). The graph is the engine's: a run adds dynamic tasks to it, so compile again (or use
 * {@link TaskGraph#copy()} before the first run) for a fresh run. The record is immutable; the
 * graph is thread-safe as {@link TaskGraph} documents.
 *
 * @param document  the compiled document
 * @param graph     the task graph
 * @param startNode the start node id
 * @param report    the validation report (no errors)
 */
public record CompiledWorkflow(WorkflowDocument document, TaskGraph graph, String startNode, ValidationReport report) {

    /** A context for a run from the start node with the given step limit. */
    public ExecutionContext newContext(int maxSteps) {
        return ExecutionContext.create(graph, startNode, maxSteps);
    }
}
