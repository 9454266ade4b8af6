/**
 * Automatic layout of a workflow graph: nodes, edges (cycles and self-loops allowed) and groups
 * drawn as compound boxes around their members, placed by the Eclipse Layout Kernel's layered
 * algorithm.
 *
 * <p>The input ({@link io.github.graflowstudio.document.layout.LayoutRequest} with
 * {@link io.github.graflowstudio.document.layout.LayoutNode},
 * {@link io.github.graflowstudio.document.layout.LayoutEdge},
 * {@link io.github.graflowstudio.document.layout.LayoutGroup} and
 * {@link io.github.graflowstudio.document.layout.LayoutOptions}) is independent of the document
 * model and of ELK; so is the output ({@link io.github.graflowstudio.document.layout.LayoutResult}).
 * {@link io.github.graflowstudio.document.layout.AutoLayoutService} runs a layout, optionally
 * cancellable and with progress reports, so that a GUI can run it on a background thread.
 *
 * <p>All public types are immutable and thread-safe; the service is stateless. No JavaFX here.
 */
package io.github.graflowstudio.document.layout;
