/**
 * JavaFX measurements for the {@code bench} command: canvas repaint while panning and the time
 * from JVM start to the main window. {@link io.github.graflowstudio.ui.bench.UiBenchMain} runs
 * them in their own JVM and prints one JSON result per line, so that the headless command line
 * never loads JavaFX.
 */
package io.github.graflowstudio.ui.bench;
