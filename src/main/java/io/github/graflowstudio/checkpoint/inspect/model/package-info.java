/**
 * The immutable result of inspecting a checkpoint set: format, file statuses, pickle check,
 * state/meta/context summaries, the pending queue and every flag. Shared by the {@code inspect}
 * command, the JSON report and the GUI inspector. Everything here is immutable and thread-safe.
 *
 * <p>May import {@code java.*} and {@code checkpoint.pickle} only (no Jackson, no JavaFX).
 */
package io.github.graflowstudio.checkpoint.inspect.model;
