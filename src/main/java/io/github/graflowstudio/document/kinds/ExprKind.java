package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.document.kinds.expression.CompiledExpression;
import io.github.graflowstudio.engine.TaskBody;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code expr}: evaluates a sandboxed JEXL expression over the upstream results and the channel;
 * the value is the task's result and, with {@code store}, is also written to that channel key.
 * Immutable and thread-safe.
 */
final class ExprKind extends BaseKind {
    ExprKind() {
        super("expr", "Computes a value with a sandboxed expression over upstream results and the channel.", List.of(
                ConfigField.required("expression", FieldType.EXPRESSION,
                        "A JEXL expression, e.g. fetch.rows * 2. " + ExpressionFields.VARIABLES_HELP),
                ConfigField.optional("store", FieldType.STRING, null,
                        "Also write the value to this channel key."),
                ExpressionFields.timeoutField()));
    }

    @Override
    protected void checkValues(ConfigValues config, List<ConfigProblem> problems) {
        ExpressionFields.check(config, problems, "expression");
        String store = config.string("store");
        if (store != null && store.isBlank()) {
            problems.add(ConfigProblem.error("store", "field 'store' must not be blank"));
        }
    }

    @Override
    protected TaskBody body(ConfigValues config) {
        CompiledExpression expression = ExpressionFields.compile(config, "expression");
        String store = config.string("store");
        Duration timeout = ExpressionFields.timeout(config);
        return context -> {
            Object value = expression.evaluate(TaskScope.of(context, Map.of()), timeout);
            if (store != null) {
                context.channel().set(store, value);
            }
            return value;
        };
    }
}
