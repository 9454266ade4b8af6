/**
 * Pure geometry for the canvas editor: viewport transform, spatial index for culling and picking,
 * node and port shapes, edge routes and hit tests. No JavaFX scene classes, so everything here is
 * unit-tested without a toolkit. All types are immutable or confined to the FX thread.
 */
package io.github.graflowstudio.ui.editor.geometry;
