package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.document.kinds.expression.CompiledExpression;
import io.github.graflowstudio.engine.TaskBody;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code branch}: evaluates a boolean {@code condition} and jumps ({@code goto}: the branch's own
 * successors are skipped) to {@code ifTrue} or {@code ifFalse}. A missing target means no jump,
 * so the branch's successors run. The result is the condition's value. Immutable and thread-safe.
 */
final class BranchKind extends BaseKind {
    BranchKind() {
        super("branch", "Jumps to one node or another depending on a condition.", List.of(
                ConfigField.required("condition", FieldType.EXPRESSION,
                        "A JEXL expression that evaluates to true or false. " + ExpressionFields.VARIABLES_HELP),
                ConfigField.optional("ifTrue", FieldType.NODE_ID, null,
                        "Node to jump to when the condition is true; none: continue with the successors."),
                ConfigField.optional("ifFalse", FieldType.NODE_ID, null,
                        "Node to jump to when the condition is false; none: continue with the successors."),
                ExpressionFields.timeoutField()));
    }

    @Override
    protected void checkValues(ConfigValues config, List<ConfigProblem> problems) {
        ExpressionFields.check(config, problems, "condition");
        for (String field : List.of("ifTrue", "ifFalse")) {
            String target = config.string(field);
            if (target != null && target.isBlank()) {
                problems.add(ConfigProblem.error(field, "field '" + field + "' must not be blank"));
            }
        }
    }

    @Override
    protected TaskBody body(ConfigValues config) {
        CompiledExpression condition = ExpressionFields.compile(config, "condition");
        String ifTrue = config.string("ifTrue");
        String ifFalse = config.string("ifFalse");
        Duration timeout = ExpressionFields.timeout(config);
        return context -> {
            boolean outcome = ExpressionFields.requireBoolean(
                    condition.evaluate(TaskScope.of(context, Map.of()), timeout), "condition");
            String target = outcome ? ifTrue : ifFalse;
            if (target != null) {
                context.gotoTask(target);
            }
            return outcome;
        };
    }

    @Override
    public boolean canEndCycle(Map<String, Object> config) {
        return config.get("ifTrue") instanceof String || config.get("ifFalse") instanceof String;
    }
}
