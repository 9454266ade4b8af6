package io.github.graflowstudio.document.kinds.expression;

import io.github.graflowstudio.document.values.JsonValues;
import io.github.graflowstudio.document.values.ValueTooLargeException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;

/**
 * A parsed sandboxed expression, ready to evaluate any number of times. Made by
 * {@link ExpressionEngine#compile}.
 *
 * <p>Immutable and thread-safe: each evaluation runs on its own pool thread with its own context.
 */
public final class CompiledExpression {
    /** The most values (containers and scalars) a result may hold. */
    public static final int MAX_RESULT_PARTS = 100_000;

    private final JexlScript script;
    private final String label;
    private final ExecutorService executor;

    CompiledExpression(JexlScript script, String label, ExecutorService executor) {
        this.script = script;
        this.label = label;
        this.executor = executor;
    }

    /** The expression text. */
    public String source() {
        return script.getSourceText();
    }

    /** The label used in messages. */
    public String label() {
        return label;
    }

    /**
     * Evaluates the expression with a time limit. The calling thread waits; the evaluation runs
     * on a pool thread and is cancelled (flag and interrupt) when the limit passes.
     *
     * @param scope   the variables
     * @param timeout the time limit
     * @return the result as a plain JSON-like value (arrays and sets become lists, integers longs)
     * @throws ExpressionTimeoutException if the limit passed
     * @throws ExpressionException        if evaluation failed (message names label and position)
     * @throws InterruptedException       if the calling thread was interrupted (the evaluation is cancelled)
     */
    public Object evaluate(ExpressionScope scope, Duration timeout) throws InterruptedException {
        SandboxContext context = new SandboxContext(scope);
        Future<Object> future;
        try {
            future = executor.submit(() -> JsonValues.toPlain(script.execute(context), MAX_RESULT_PARTS));
        } catch (RejectedExecutionException e) {
            throw new ExpressionException(label + ": too many expressions are still running ("
                    + ExpressionEngine.MAX_RUNNING + "); try again later", e);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancel(context, future);
            throw new ExpressionTimeoutException(label + ": the expression did not finish within "
                    + timeout.toMillis() + " ms and was cancelled");
        } catch (InterruptedException e) {
            cancel(context, future);
            throw e;
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /** Evaluates with {@link ExpressionEngine#DEFAULT_TIMEOUT}. */
    public Object evaluate(ExpressionScope scope) throws InterruptedException {
        return evaluate(scope, ExpressionEngine.DEFAULT_TIMEOUT);
    }

    private static void cancel(SandboxContext context, Future<Object> future) {
        context.cancel();
        future.cancel(true);
    }

    private ExpressionException failure(Throwable cause) {
        if (cause instanceof JexlException.Cancel) {
            return new ExpressionTimeoutException(label + ": the expression was cancelled");
        }
        if (cause instanceof JexlException jexl) {
            Throwable inner = jexl.getCause();
            String detail = inner != null && inner.getMessage() != null && !(inner instanceof JexlException)
                    ? ": " + inner.getMessage() : "";
            if (inner instanceof ArithmeticException && (": /".equals(detail) || ": %".equals(detail))) {
                detail = ": division by zero";
            }
            return new ExpressionException(ExpressionEngine.describe(jexl, label) + detail, jexl);
        }
        if (cause instanceof ValueTooLargeException tooLarge) {
            return new ExpressionException(label + ": the result is too large: " + tooLarge.getMessage(), tooLarge);
        }
        if (cause instanceof ExpressionException expression) {
            return new ExpressionException(label + ": " + expression.getMessage(), expression);
        }
        if (cause instanceof StackOverflowError) {
            return new ExpressionException(label + ": the expression is nested too deeply");
        }
        return new ExpressionException(label + ": " + cause, cause);
    }
}
