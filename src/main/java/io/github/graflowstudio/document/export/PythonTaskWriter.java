package io.github.graflowstudio.document.export;

import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.ConfigProblem;
import io.github.graflowstudio.document.kinds.ConfigValues;
import io.github.graflowstudio.document.kinds.TaskKind;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the body of a node's task function. {@code echo}, {@code noop}, {@code expr},
 * {@code branch}, {@code sleep}, {@code fail}, {@code terminate} and {@code cancel} are translated
 * so that they behave under Python Graflow as under our engine; every other kind, an unknown kind,
 * an invalid config or an expression outside the translated subset gives a body that raises
 * {@code NotImplementedError}, with the reason and the config in comments.
 *
 * <p>Immutable and thread-safe.
 */
final class PythonTaskWriter {
    private final TaskKinds kinds;
    private final Map<String, String> names;

    /**
     * A writer.
     *
     * @param kinds the kinds that describe configs
     * @param names the Python names of the nodes and groups, by id (jump targets)
     */
    PythonTaskWriter(TaskKinds kinds, Map<String, String> names) {
        this.kinds = kinds;
        this.names = Map.copyOf(names);
    }

    /** The body of {@code node}'s task function. */
    PythonTaskBody body(WorkflowNode node) {
        PythonTaskBody body = withNote(node);
        TaskKind kind = kinds.find(node.kind()).orElse(null);
        if (kind == null) {
            return untranslated(body, node, "kind '" + node.kind() + "' is unknown");
        }
        List<ConfigProblem> errors = kind.validate(node.config()).stream().filter(problem -> !problem.warning())
                .toList();
        if (!errors.isEmpty()) {
            return untranslated(body, node, "invalid config: "
                    + errors.stream().map(ConfigProblem::message).collect(Collectors.joining("; ")));
        }
        ConfigValues config = new ConfigValues(node.config(), kind.fields());
        if (!isTranslated(kind.name())) {
            return untranslated(body, node, "kind '" + kind.name() + "' has no Graflow translation");
        }
        if (node.maxCycles() != null && kind.enforcesMaxCycles()) {
            body.needsCycleGuard().line("_check_cycles(ctx)");
        }
        try {
            translate(node, kind.name(), config, body);
        } catch (UntranslatableException e) {
            return untranslated(withNote(node), node, "the expression is outside the translated subset of JEXL ("
                    + e.getMessage() + ")");
        }
        return body;
    }

    private static PythonTaskBody withNote(WorkflowNode node) {
        PythonTaskBody body = new PythonTaskBody();
        if (node.note() != null && !node.note().isBlank()) {
            body.comment(node.note());
        }
        return body;
    }

    private static boolean isTranslated(String kind) {
        return List.of("echo", "noop", "expr", "branch", "sleep", "fail", "terminate", "cancel").contains(kind);
    }

    private void translate(WorkflowNode node, String kind, ConfigValues config, PythonTaskBody body) {
        switch (kind) {
            case "echo" -> body.line("return " + literal(config.value("value"), body));
            case "noop" -> body.line("return None");
            case "expr" -> expr(config, body);
            case "branch" -> branch(config, body);
            case "sleep" -> body.needsTime()
                    .line("time.sleep(" + BigDecimal.valueOf(config.integer("millis")).movePointLeft(3)
                            .stripTrailingZeros().toPlainString() + ")")
                    .line("return None");
            case "fail" -> body.needsContext()
                    .line("if ctx.retry_count < " + config.integer("failures") + ":")
                    .line("    raise RuntimeError(" + PythonSyntax.string(config.string("message")) + ")")
                    .line("return " + literal(config.value("value"), body));
            case "terminate" -> body.needsContext()
                    .line("ctx.terminate_workflow(" + message(config, "Workflow terminated") + ")")
                    .line("return None");
            case "cancel" -> body.needsContext()
                    .line("ctx.cancel_workflow(" + message(config, "Workflow canceled") + ")")
                    .line("return None");
            default -> throw new IllegalStateException("no translation for kind " + kind + " of " + node.id());
        }
    }

    private static void expr(ConfigValues config, PythonTaskBody body) {
        String source = config.string("expression");
        String python = ExpressionTranslator.translate(source);
        body.needsExpressions().comment("JEXL: " + source).line("value = " + python);
        String store = config.string("store");
        if (store != null) {
            body.line("ctx.get_channel().set(" + PythonSyntax.string(store) + ", value)");
        }
        body.line("return value");
    }

    private void branch(ConfigValues config, PythonTaskBody body) {
        String source = config.string("condition");
        String python = ExpressionTranslator.translate(source);
        body.needsExpressions().comment("JEXL: " + source).line("outcome = _condition(" + python + ")");
        String ifTrue = config.string("ifTrue");
        String ifFalse = config.string("ifFalse");
        if (ifTrue != null) {
            body.line("if outcome:").line("    " + jump(ifTrue));
            if (ifFalse != null) {
                body.line("else:").line("    " + jump(ifFalse));
            }
        } else if (ifFalse != null) {
            body.line("if not outcome:").line("    " + jump(ifFalse));
        }
        body.line("return outcome");
    }

    private String jump(String target) {
        String name = names.get(target);
        if (name == null) {
            return "raise RuntimeError(" + PythonSyntax.string("jump target '" + target + "' does not exist") + ")";
        }
        return "ctx.next_task(" + name + ", goto=True)";
    }

    private static String message(ConfigValues config, String fallback) {
        String message = config.string("message");
        return PythonSyntax.string(message == null ? fallback : message);
    }

    private static String literal(Object value, PythonTaskBody body) {
        if (PythonSyntax.needsJsonModule(value)) {
            body.needsJson();
        }
        return PythonSyntax.literal(value);
    }

    private static PythonTaskBody untranslated(PythonTaskBody body, WorkflowNode node, String reason) {
        body.notTranslated().comment("Not translated: " + reason + ".")
                .comment("config: " + PythonSyntax.literal(node.config()));
        return body.line("raise NotImplementedError(" + PythonSyntax.string("task '" + node.id() + "' (kind '"
                + node.kind() + "'): " + reason) + ")");
    }
}
