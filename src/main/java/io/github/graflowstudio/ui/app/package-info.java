/** The JavaFX application, the main window and the composition root. FX thread only. */
package io.github.graflowstudio.ui.app;
