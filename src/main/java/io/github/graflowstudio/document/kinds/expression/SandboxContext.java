package io.github.graflowstudio.document.kinds.expression;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.jexl3.JexlContext;

/**
 * The JEXL context of one evaluation: read-only variables from an {@link ExpressionScope} and a
 * cancellation flag that the time limit sets. Assignments to context variables are refused (the
 * sandbox's features already forbid them; local {@code var}s live in the script's frame).
 *
 * <p>Thread-safe for its purpose: the flag is atomic; the scope is read by one evaluation thread.
 */
final class SandboxContext implements JexlContext, JexlContext.CancellationHandle {
    private final ExpressionScope scope;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    SandboxContext(ExpressionScope scope) {
        this.scope = scope;
    }

    @Override
    public Object get(String name) {
        return scope.get(name);
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("expressions cannot assign '" + name + "'");
    }

    @Override
    public boolean has(String name) {
        return scope.has(name);
    }

    @Override
    public AtomicBoolean getCancellation() {
        return cancelled;
    }

    void cancel() {
        cancelled.set(true);
    }
}
