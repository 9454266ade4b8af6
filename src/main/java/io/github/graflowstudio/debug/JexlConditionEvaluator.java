package io.github.graflowstudio.debug;

import io.github.graflowstudio.engine.ExecutionContext;
import java.util.Map;
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
    private final JexlEngine jexl = new JexlBuilder()
            .permissions(JexlPermissions.RESTRICTED)
            .strict(false)
            .silent(false)
            .safe(false)
            .cache(256)
            .create();

    @Override
    public boolean test(String condition, ExecutionContext context) {
        try {
            JexlExpression expression = jexl.createExpression(condition);
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
            Map<String, Object> values = context.channel().snapshot();
            String resultKey = name + ".__result__";
            return values.containsKey(resultKey) ? values.get(resultKey) : values.get(name);
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
