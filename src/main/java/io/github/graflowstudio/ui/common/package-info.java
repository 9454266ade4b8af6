/** Shared UI plumbing: the engine-to-FX event pump, background work, dialogs. */
package io.github.graflowstudio.ui.common;
