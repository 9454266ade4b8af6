/** Everything JavaFX: the application, windows, one view and view model per panel. */
package io.github.graflowstudio.ui;
