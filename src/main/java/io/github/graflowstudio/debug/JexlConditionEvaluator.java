package io.github.graflowstudio.debug;

import io.github.graflowstudio.engine.Channel;
import io.github.graflowstudio.engine.ExecutionContext;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * Breakpoint conditions in Apache Commons JEXL, sandboxed (restricted permissions, lenient about missing values, no
 * {@code new}). A variable {@code x} resolves like a Graflow parameter: the result of task
 * {@code x} first, then channel key {@code x}; {@code channel} and {@code results} are maps.
 * Thread-safe.
 */
public final class JexlConditionEvaluator implements ConditionEvaluator {

    /**
     * The one engine, made on first use: building it loads JEXL's classes (tens of milliseconds
     * the first time), which a debugger made per run used to do on the FX thread at every run
     * start, with or without a conditional breakpoint. A JEXL engine is thread-safe.
     */
    private static final class Engine {
        static final JexlEngine JEXL = new JexlBuilder()
                .permissions(JexlPermissions.RESTRICTED)
                .strict(false)
                .silent(false)
                .safe(false)
                .cache(256)
                .create();
    }

    @Override
    public boolean test(String condition, ExecutionContext context) {
        try {
            JexlExpression expression = Engine.JEXL.createExpression(condition);
            Object value = expression.evaluate(new RunVariables(context));
            if (value instanceof Boolean flag) {
                return flag;
            }
            throw new IllegalArgumentException("condition '" + condition + "' gave " + value + ", not true or false");
        } catch (JexlException e) {
            throw new IllegalArgumentException("condition '" + condition + "': " + e.getMessage(), e);
        }
    }

    /** JEXL variables over a run. */
    private static final class RunVariables implements JexlContext {
        private final ExecutionContext context;

        RunVariables(ExecutionContext context) {
            this.context = context;
        }

        @Override
        public Object get(String name) {
            if ("channel".equals(name)) {
                return context.channel().snapshot();
            }
            if ("results".equals(name)) {
                return context.results();
            }
            // one key at a time: copying the channel for each name made a condition over a run
            // with 100,000 results cost a copy of all of them per variable
            Channel channel = context.channel();
            String resultKey = name + Channel.RESULT_SUFFIX;
            return channel.exists(resultKey) ? channel.get(resultKey) : channel.get(name);
        }

        @Override
        public void set(String name, Object value) {
            throw new UnsupportedOperationException("breakpoint conditions cannot assign '" + name + "'");
        }

        @Override
        public boolean has(String name) {
            return "channel".equals(name) || "results".equals(name) || context.channel().exists(name + ".__result__")
                    || context.channel().exists(name);
        }
    }
}
