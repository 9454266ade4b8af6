package io.github.graflowstudio.document.validation;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Validates workflow documents (for the live validation panel, the {@code validate} command and
 * the compiler). The rules run in a fixed order: ids and references, node kinds, configs and
 * options, groups, the start node, then the control-flow warnings; the report lists errors
 * first, then warnings, each in the order found (document order within a rule).
 *
 * <p>Immutable and thread-safe; validation never throws for any document.
 */
public final class WorkflowValidator {
    private final TaskKinds kinds;

    /** A validator for the built-in kinds. */
    public WorkflowValidator() {
        this(TaskKinds.builtIn());
    }

    /** A validator for the given kinds. */
    public WorkflowValidator(TaskKinds kinds) {
        this.kinds = Objects.requireNonNull(kinds, "kinds");
    }

    /** The kinds this validator knows. */
    public TaskKinds kinds() {
        return kinds;
    }

    /** Validates a document. */
    public ValidationReport validate(WorkflowDocument document) {
        List<ValidationProblem> problems = new ArrayList<>();
        IdentityRules.check(document, kinds, problems);
        NodeRules.check(document, kinds, problems);
        GroupRules.check(document, problems);
        StartSelection start = StartNodes.select(document, kinds);
        if (start.problem() != null) {
            problems.add(start.problem());
        }
        FlowRules.check(document, kinds, start.startId(), problems);
        problems.sort(Comparator.comparing(ValidationProblem::severity));
        return new ValidationReport(problems);
    }
}
