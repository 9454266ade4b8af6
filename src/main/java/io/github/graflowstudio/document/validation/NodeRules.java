package io.github.graflowstudio.document.validation;

import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.ConfigProblem;
import io.github.graflowstudio.document.kinds.TaskKind;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.List;

/**
 * Per-node rules: {@code UNKNOWN_KIND}, {@code INVALID_CONFIG} (the kind's own validation, field
 * by field) and {@code INVALID_OPTIONS}. Stateless and thread-safe.
 */
final class NodeRules {
    private NodeRules() {
    }

    static void check(WorkflowDocument document, TaskKinds kinds, List<ValidationProblem> problems) {
        for (WorkflowNode node : document.nodes()) {
            TaskKind kind = kinds.find(node.kind()).orElse(null);
            if (kind == null) {
                problems.add(ValidationProblem.error(ProblemCode.UNKNOWN_KIND, node.id(),
                        "node '" + node.id() + "': unknown kind '" + node.kind() + "'",
                        "Use one of " + kinds.names() + "."));
            } else {
                for (ConfigProblem problem : kind.validate(node.config())) {
                    problems.add(new ValidationProblem(problem.warning() ? Severity.WARNING : Severity.ERROR,
                            ProblemCode.INVALID_CONFIG, node.id(), problem.field(),
                            "node '" + node.id() + "' (" + kind.name() + "): " + problem.message(),
                            problem.warning() ? "Remove the field or fix its name."
                                    : "Fix the field in the node's config."));
                }
            }
            checkOptions(node, problems);
        }
    }

    private static void checkOptions(WorkflowNode node, List<ValidationProblem> problems) {
        String prefix = "node '" + node.id() + "': ";
        if (node.maxRetries() != null && node.maxRetries() < 0) {
            problems.add(options(node, prefix + "maxRetries must be >= 0, was " + node.maxRetries()));
        }
        if (node.maxCycles() != null && node.maxCycles() < 1) {
            problems.add(options(node, prefix + "maxCycles must be >= 1, was " + node.maxCycles()));
        }
        RetryBackoff backoff = node.retryBackoff();
        if (backoff == null) {
            return;
        }
        if (backoff.initialMillis() < 0 || backoff.maxMillis() < 0) {
            problems.add(options(node, prefix + "retryBackoff initialMillis and maxMillis must be >= 0, were "
                    + backoff.initialMillis() + " and " + backoff.maxMillis()));
        }
        if (backoff.factor() < 1.0) {
            problems.add(options(node, prefix + "retryBackoff factor must be >= 1, was " + backoff.factor()));
        }
        if (node.maxRetries() == null || node.maxRetries() == 0) {
            problems.add(ValidationProblem.warning(ProblemCode.INVALID_OPTIONS, node.id(),
                    prefix + "retryBackoff has no effect without maxRetries",
                    "Set maxRetries, or remove retryBackoff."));
        }
    }

    private static ValidationProblem options(WorkflowNode node, String message) {
        return ValidationProblem.error(ProblemCode.INVALID_OPTIONS, node.id(), message,
                "Fix the node's options.");
    }
}
