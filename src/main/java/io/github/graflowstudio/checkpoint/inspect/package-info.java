/**
 * Read-only inspection of checkpoint sets of every supported format ({@code studio},
 * {@code graflow}, {@code graflow-legacy}): {@link io.github.graflowstudio.checkpoint.inspect.CheckpointReader}
 * opens a set from any of its paths and returns an immutable
 * {@link io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection} with every problem
 * as a flag. Nothing in a checkpoint is ever executed or instantiated.
 *
 * <p>May import {@code java.*}, {@code engine} (task id rules), {@code checkpoint.pickle},
 * {@code checkpoint.inspect.model} and {@code checkpoint.inspect.json}; no Jackson directly.
 */
package io.github.graflowstudio.checkpoint.inspect;
