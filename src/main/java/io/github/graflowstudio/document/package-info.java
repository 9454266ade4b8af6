/**
 * The workflow document ({@code *.flow.json}) as immutable records: {@link
 * io.github.graflowstudio.document.WorkflowDocument} with its {@link
 * io.github.graflowstudio.document.WorkflowNode}s, {@link io.github.graflowstudio.document.WorkflowEdge}s
 * and {@link io.github.graflowstudio.document.WorkflowGroup}s. Every edit returns a modified copy
 * ({@code withNode}, {@code renameNode}, {@code moveNode}, ...), so an editor can keep old versions
 * for undo. Fields the model does not know are kept in {@code extra} maps and written back on save.
 *
 * <p>Sub-packages: {@code values} (plain JSON values), {@code json} (the codec), {@code kinds} (the
 * built-in task kinds), {@code validation} (the validator) and {@code compile} (document to
 * {@link io.github.graflowstudio.engine.TaskGraph}). The layer may use the engine and Jackson, never
 * JavaFX, checkpoint, debug, cli or ui.
 */
package io.github.graflowstudio.document;
