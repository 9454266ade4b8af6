/**
 * The built-in task kinds of workflow documents ({@code echo}, {@code expr}, {@code branch},
 * {@code loop}, {@code sleep}, {@code fail}, {@code terminate}, {@code cancel}, {@code shell},
 * {@code http}, {@code java}, {@code checkpoint}, {@code noop}) and their registry
 * {@link io.github.graflowstudio.document.kinds.TaskKinds}. Each kind describes its config fields
 * (for a GUI form), validates a config and makes an engine task whose reference is
 * {@link io.github.graflowstudio.engine.TaskReference.Kind} (the {@code java} kind: a class
 * reference), so checkpoints can rebuild it.
 *
 * <p>Kinds work on plain config maps and never on the document model.
 */
package io.github.graflowstudio.document.kinds;
