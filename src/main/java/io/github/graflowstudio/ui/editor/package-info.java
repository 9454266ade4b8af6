/**
 * The canvas editor: {@code EditorViewModel} (state and edits, testable without a display),
 * {@code GraphCanvas} (viewport-sized canvases drawn in layers with culling), the palette, the
 * properties and the validation panels.
 */
package io.github.graflowstudio.ui.editor;
