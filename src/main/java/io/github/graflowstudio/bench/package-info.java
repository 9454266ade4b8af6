/**
 * Benchmarks of the engine, checkpoints, the inspector and the auto-layout, with the Python
 * Graflow figures to compare them against ({@code bench} command). No JavaFX here: the canvas
 * and start-up measurements live in {@code io.github.graflowstudio.ui.bench} and are run in a
 * child JVM by {@link io.github.graflowstudio.bench.ChildJvmBenchmark}.
 */
package io.github.graflowstudio.bench;
