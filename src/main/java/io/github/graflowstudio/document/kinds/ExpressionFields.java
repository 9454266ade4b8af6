package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.document.kinds.expression.CompiledExpression;
import io.github.graflowstudio.document.kinds.expression.ExpressionEngine;
import io.github.graflowstudio.document.kinds.expression.ExpressionException;
import java.time.Duration;
import java.util.List;

/**
 * Helpers shared by the expression kinds: the {@code timeoutMillis} field, syntax checks of
 * expression fields, compilation, and boolean conditions. Stateless and thread-safe.
 */
final class ExpressionFields {
    /** The variables every expression sees, for help texts. */
    static final String VARIABLES_HELP = "Names resolve like Graflow parameters: the result of the task with "
            + "that id, else the channel key; also channel (all keys), results (all results by task id) and "
            + "task (id, cycle, maxCycles, retry, maxRetries). Ids that are not plain names or are JEXL words "
            + "(size, empty, new, var, ...): results['id'].";

    /** The longest time limit an expression may have. */
    static final long MAX_TIMEOUT_MILLIS = 60_000;

    private ExpressionFields() {
    }

    /** The {@code timeoutMillis} field. */
    static ConfigField timeoutField() {
        return ConfigField.optional("timeoutMillis", FieldType.INTEGER, ExpressionEngine.DEFAULT_TIMEOUT.toMillis(),
                "Time limit of one evaluation in milliseconds (1 to " + MAX_TIMEOUT_MILLIS + ").");
    }

    /** Checks the timeout range and that each expression field present compiles. */
    static void check(ConfigValues config, List<ConfigProblem> problems, String... expressionFields) {
        BaseKind.checkRange(config, "timeoutMillis", 1, MAX_TIMEOUT_MILLIS, problems);
        for (String field : expressionFields) {
            String source = config.string(field);
            if (source == null) {
                continue;
            }
            try {
                ExpressionEngine.shared().compile(source, field);
            } catch (ExpressionException e) {
                problems.add(ConfigProblem.error(field, "field '" + field + "' is not a valid expression: "
                        + e.getMessage()));
            }
        }
    }

    /** The compiled expression of a field, or {@code null} if absent. */
    static CompiledExpression compile(ConfigValues config, String field) {
        String source = config.string(field);
        return source == null ? null : ExpressionEngine.shared().compile(source, field);
    }

    /** The time limit. */
    static Duration timeout(ConfigValues config) {
        return Duration.ofMillis(config.integer("timeoutMillis", ExpressionEngine.DEFAULT_TIMEOUT.toMillis()));
    }

    /**
     * A condition's value as a boolean.
     *
     * @throws ExpressionException if the value is not {@code true} or {@code false}
     */
    static boolean requireBoolean(Object value, String field) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new ExpressionException(field + ": must evaluate to true or false, was "
                + (value == null ? "null" : value + " (" + io.github.graflowstudio.document.values.JsonValues.typeName(value) + ")"));
    }
}
