package io.github.graflowstudio.document.kinds.expression;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.logging.impl.NoOpLog;

/**
 * Compiles sandboxed JEXL expressions. One shared engine (parsed scripts are cached) and one
 * pool of daemon evaluation threads (at most {@link #MAX_RUNNING} at once) serve the process.
 *
 * <p>The sandbox: {@link SandboxPermissions} (plain values, side-effect-free methods only),
 * {@link SandboxArithmetic} (bounded growth, cancellable regular expressions), no {@code new},
 * no pragmas or annotations, no lambdas, no assignment to context variables, no ant-style
 * {@code a.b.c} names; strict (undefined variables and null operands are errors), not silent,
 * not null-safe; cancellable, with a time limit per evaluation.
 *
 * <p>Thread-safe.
 */
public final class ExpressionEngine {
    /** The default time limit of one evaluation. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    /** How many evaluations may run at once in the process. */
    public static final int MAX_RUNNING = 32;

    private final JexlEngine jexl;
    private final ExecutorService executor;

    private ExpressionEngine() {
        JexlFeatures features = JexlFeatures.createDefault()
                .newInstance(false)
                .pragma(false)
                .importPragma(false)
                .namespacePragma(false)
                .annotation(false)
                .lambda(false)
                .sideEffectGlobal(false);
        this.jexl = new JexlBuilder()
                .permissions(SandboxPermissions.INSTANCE)
                .arithmetic(new SandboxArithmetic())
                .features(features)
                .strict(true)
                .silent(false)
                .safe(false)
                .cancellable(true)
                .antish(false)
                .stackOverflow(256)
                .cache(512)
                .logger(new NoOpLog())
                .create();
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, MAX_RUNNING, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "graflow-expression-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** The process-wide engine, built on first use (building JEXL costs start-up time). */
    public static ExpressionEngine shared() {
        return Shared.ENGINE;
    }

    /** Holds the process-wide engine, so that it is built when first asked for, not when the class loads. */
    private static final class Shared {
        static final ExpressionEngine ENGINE = new ExpressionEngine();
    }

    /**
     * Parses an expression (a JEXL script: one expression, or statements whose last value is the
     * result).
     *
     * @param source the expression text
     * @param label  a name for messages, usually the config field ({@code condition})
     * @return the compiled expression
     * @throws ExpressionException naming the label, line and column of a syntax error or of a
     *         feature the sandbox forbids
     */
    public CompiledExpression compile(String source, String label) {
        if (source == null || source.isBlank()) {
            throw new ExpressionException(label + ": the expression is empty");
        }
        try {
            JexlScript script = jexl.createScript(new JexlInfo(label, 1, 1), source);
            return new CompiledExpression(script, label, executor);
        } catch (JexlException e) {
            throw new ExpressionException(describe(e, label), e);
        } catch (StackOverflowError e) {
            throw new ExpressionException(label + ": the expression is nested too deeply");
        }
    }

    /** A one-line description of a JEXL failure: {@code label@line:column message}. */
    static String describe(JexlException e, String label) {
        String message = e.getMessage();
        if (message == null) {
            return label + ": " + e.getClass().getSimpleName();
        }
        message = message.replace('\n', ' ');
        return message.startsWith("@") ? label + message : message;
    }
}
