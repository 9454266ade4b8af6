package io.github.graflowstudio.document.export;

import io.github.graflowstudio.document.WorkflowDocument;

/**
 * Turns a workflow document into text of another format. Implementations are immutable,
 * thread-safe and deterministic (the same document always gives the same text).
 */
@FunctionalInterface
public interface DocumentExporter {
    /**
     * Exports a document.
     *
     * @param document any document (validation errors do not stop an export)
     * @return the text, ending with a newline
     */
    String export(WorkflowDocument document);
}
