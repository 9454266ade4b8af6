/**
 * Sandboxed Apache Commons JEXL 3 expressions for the {@code expr}, {@code branch} and
 * {@code loop} kinds: a whitelist of permissions (plain maps, lists, strings, numbers and their
 * side-effect-free methods; no constructors, no fields, no classes, no {@code new}, no pragmas,
 * no lambdas, no global assignment), an arithmetic that bounds string and number growth and makes
 * regular-expression matches cancellable, and evaluation on a worker thread with a timeout.
 *
 * <p>Variables are resolved from a snapshot taken on the task's thread ({@link
 * io.github.graflowstudio.document.kinds.expression.ExpressionScope}), so an evaluation never
 * touches the engine. No dependency on the rest of the document layer except plain values.
 */
package io.github.graflowstudio.document.kinds.expression;
