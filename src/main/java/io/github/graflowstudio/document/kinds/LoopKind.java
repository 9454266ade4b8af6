package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.document.kinds.expression.CompiledExpression;
import io.github.graflowstudio.engine.TaskBody;
import io.github.graflowstudio.engine.TaskContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code loop}: runs an optional {@code body} expression, then continues with Graflow's
 * {@code next_iteration} until the {@code until} condition is true, {@code count} iterations are
 * done, or the node's cycle limit ({@code maxCycles}, default 10) is used up. Each iteration gets
 * {@code {"iteration": n, "value": v}} as iteration data; expressions see {@code iteration}
 * (1-based), {@code previous} (the previous body value) and, in {@code until}, {@code value}. The
 * result is the body's value, or the iteration number without a body. When the loop ends it
 * jumps to {@code then} if set.
 *
 * <p>As in Graflow, {@code next_iteration} adds a new task, so edges leaving the loop node are
 * followed after its <em>first</em> run (interleaved with the iterations); use {@code then} for
 * work that must wait for the end of the loop. Immutable and thread-safe.
 */
final class LoopKind extends BaseKind {
    LoopKind() {
        super("loop", "Repeats itself with next_iteration until a condition holds or a count is reached.", List.of(
                ConfigField.optional("body", FieldType.EXPRESSION, null,
                        "Expression evaluated on every iteration; sees iteration and previous. "
                                + ExpressionFields.VARIABLES_HELP),
                ConfigField.optional("until", FieldType.EXPRESSION, null,
                        "Stop when this is true; sees iteration, previous and value (this iteration's value)."),
                ConfigField.optional("count", FieldType.INTEGER, null, "Stop after this many iterations (>= 1)."),
                ConfigField.optional("then", FieldType.NODE_ID, null,
                        "Node to jump to when the loop ends (edges from the loop run after its first iteration)."),
                ConfigField.optional("store", FieldType.STRING, null,
                        "Also write each iteration's value to this channel key (the last one stays)."),
                ExpressionFields.timeoutField()));
    }

    @Override
    protected void checkValues(ConfigValues config, List<ConfigProblem> problems) {
        ExpressionFields.check(config, problems, "body", "until");
        checkRange(config, "count", 1, Integer.MAX_VALUE, problems);
        for (String field : List.of("then", "store")) {
            String value = config.string(field);
            if (value != null && value.isBlank()) {
                problems.add(ConfigProblem.error(field, "field '" + field + "' must not be blank"));
            }
        }
    }

    @Override
    protected TaskBody body(ConfigValues config) {
        CompiledExpression body = ExpressionFields.compile(config, "body");
        CompiledExpression until = ExpressionFields.compile(config, "until");
        Long count = config.integer("count");
        String then = config.string("then");
        String store = config.string("store");
        Duration timeout = ExpressionFields.timeout(config);
        return context -> {
            long iteration = 1;
            Object previous = null;
            if (context.iterationData() instanceof Map<?, ?> data && data.get("iteration") instanceof Number done) {
                iteration = done.longValue() + 1;
                previous = data.get("value");
            }
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("iteration", iteration);
            variables.put("previous", previous);
            Object value = body == null ? iteration : body.evaluate(TaskScope.of(context, variables), timeout);
            if (store != null) {
                context.channel().set(store, value);
            }
            variables.put("value", value);
            boolean finished = until != null && ExpressionFields.requireBoolean(
                    until.evaluate(TaskScope.of(context, variables), timeout), "until");
            finished = finished || (count != null && iteration >= count) || !context.canIterate();
            if (finished) {
                jumpToThen(context, then);
            } else {
                Map<String, Object> next = new LinkedHashMap<>();
                next.put("iteration", iteration);
                next.put("value", value);
                context.nextIteration(next);
            }
            return value;
        };
    }

    private static void jumpToThen(TaskContext context, String then) {
        if (then != null) {
            context.gotoTask(then);
        }
    }

    @Override
    public boolean canEndCycle(Map<String, Object> config) {
        return true;
    }
}
