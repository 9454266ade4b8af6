/**
 * Exports a {@link io.github.graflowstudio.document.WorkflowDocument} to other formats: a Mermaid
 * flowchart ({@link io.github.graflowstudio.document.export.MermaidExporter}), a Graphviz DOT graph
 * ({@link io.github.graflowstudio.document.export.DotExporter}) and a Python script for Python
 * Graflow ({@link io.github.graflowstudio.document.export.GraflowPythonExporter}).
 * {@link io.github.graflowstudio.document.export.ExportFormat} names them for the command line.
 *
 * <p>Every exporter is immutable, thread-safe and deterministic: the same document always gives
 * the same text. Exporters accept any document the codec can read, valid or not; ids that other
 * parts of the document refer to but that do not exist are drawn as "missing" nodes. The package
 * uses the document layer only (no engine run, no JavaFX).
 */
package io.github.graflowstudio.document.export;
