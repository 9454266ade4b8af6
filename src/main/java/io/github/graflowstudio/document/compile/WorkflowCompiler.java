package io.github.graflowstudio.document.compile;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.TaskKinds;
import io.github.graflowstudio.document.validation.StartNodes;
import io.github.graflowstudio.document.validation.StartSelection;
import io.github.graflowstudio.document.validation.ValidationReport;
import io.github.graflowstudio.document.validation.WorkflowValidator;
import io.github.graflowstudio.engine.GroupPolicy;
import io.github.graflowstudio.engine.ParallelGroup;
import io.github.graflowstudio.engine.RetryPolicy;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;
import java.util.List;
import java.util.Objects;

/**
 * Document to engine: validates a {@link WorkflowDocument} and builds its {@link TaskGraph}
 * (nodes in document order, then groups, then edges), picks the start node, and builds single
 * tasks for checkpoint resume and the debugger.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkflowCompiler {
    private final TaskKinds kinds;
    private final WorkflowValidator validator;

    /** A compiler for the built-in kinds. */
    public WorkflowCompiler() {
        this(TaskKinds.builtIn());
    }

    /** A compiler for the given kinds. */
    public WorkflowCompiler(TaskKinds kinds) {
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.validator = new WorkflowValidator(kinds);
    }

    /** The kinds used to build node tasks. */
    public TaskKinds kinds() {
        return kinds;
    }

    /**
     * Compiles a document.
     *
     * @return the graph, start node and warnings
     * @throws WorkflowCompilationException if the document has validation errors
     */
    public CompiledWorkflow compile(WorkflowDocument document) {
        ValidationReport report = validator.validate(document);
        if (report.hasErrors()) {
            throw new WorkflowCompilationException(document.name(), report.errors());
        }
        TaskGraph graph = new TaskGraph();
        for (WorkflowNode node : document.nodes()) {
            graph.addNode(nodeTask(node));
        }
        for (WorkflowGroup group : document.groups()) {
            graph.addNode(groupTask(group));
        }
        for (WorkflowEdge edge : document.edges()) {
            graph.addEdge(edge.from(), edge.to());
        }
        return new CompiledWorkflow(document, graph, startNode(document), report);
    }

    /**
     * Builds the engine task of one node or group of the document (only that node's config is
     * checked, not the whole document).
     *
     * @throws IllegalArgumentException if the id is unknown, the kind unknown or the config invalid
     *         ({@link io.github.graflowstudio.document.kinds.InvalidConfigException})
     */
    public Task buildTask(WorkflowDocument document, String id) {
        WorkflowNode node = document.node(id).orElse(null);
        if (node != null) {
            return nodeTask(node);
        }
        WorkflowGroup group = document.group(id).orElseThrow(() -> new IllegalArgumentException(
                "no node or group '" + id + "' in workflow '" + document.name() + "'. Ids: " + document.ids()));
        return groupTask(group);
    }

    /**
     * The start node: the document's {@code start}, or the single node without predecessors.
     *
     * @throws WorkflowCompilationException with a {@code NO_START}, {@code AMBIGUOUS_START} (listing
     *         the candidates) or {@code UNKNOWN_REFERENCE} error
     */
    public String startNode(WorkflowDocument document) {
        StartSelection selection = StartNodes.select(document, kinds);
        if (!selection.found()) {
            throw new WorkflowCompilationException(document.name(), List.of(selection.problem()));
        }
        return selection.startId();
    }

    private Task nodeTask(WorkflowNode node) {
        return kinds.createTask(node.id(), node.kind(), node.config(), taskOptions(node));
    }

    private static Task groupTask(WorkflowGroup group) {
        return new ParallelGroup(group.id(), group.members(), groupPolicy(group.policy()));
    }

    /**
     * A node's engine options: {@code maxRetries}, {@code retryBackoff} (used only with
     * {@code maxRetries}) and {@code maxCycles}.
     *
     * @throws IllegalArgumentException for out-of-range values
     */
    public static TaskOptions taskOptions(WorkflowNode node) {
        RetryBackoff backoff = node.retryBackoff();
        Integer retries = node.maxRetries();
        RetryPolicy policy = backoff == null || retries == null ? null
                : new RetryPolicy(retries, backoff.initialMillis(), backoff.factor(), backoff.maxMillis(), backoff.jitter());
        return new TaskOptions(retries, policy, node.maxCycles());
    }

    /**
     * The engine policy of a group policy spec.
     *
     * @throws IllegalArgumentException for an unknown type or a missing {@code n}
     */
    public static GroupPolicy groupPolicy(GroupPolicySpec spec) {
        return switch (spec.type()) {
            case GroupPolicySpec.STRICT -> GroupPolicy.strict();
            case GroupPolicySpec.BEST_EFFORT -> GroupPolicy.bestEffort();
            case GroupPolicySpec.AT_LEAST_N -> {
                if (spec.n() == null) {
                    throw new IllegalArgumentException("policy at_least_n needs 'n'");
                }
                yield GroupPolicy.atLeast(spec.n());
            }
            case GroupPolicySpec.CRITICAL -> GroupPolicy.critical(spec.criticalIds());
            default -> throw new IllegalArgumentException("unknown group policy type '" + spec.type()
                    + "'. Known types: " + GroupPolicySpec.TYPES);
        };
    }
}
