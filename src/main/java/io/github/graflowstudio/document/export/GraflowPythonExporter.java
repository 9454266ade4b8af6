package io.github.graflowstudio.document.export;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.TaskKinds;
import io.github.graflowstudio.engine.ExecutionContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Exports a document as a Python script for Python Graflow. Inside {@code with workflow("<name>")
 * as wf:} it defines one {@code @task("<id>")} function per node (the function name is the id made
 * a unique Python identifier; the decorator keeps the exact id), builds each parallel group with
 * {@code parallel(...)} (or {@code ParallelGroup([...])} for groups of fewer than two members or with
 * nested groups), names it with {@code set_group_name} and sets its policy in Graflow's canonical
 * form with {@code with_execution(policy=...)}, and writes every edge with {@code >>}. Under
 * {@code if __name__ == "__main__":} it runs {@code wf.execute("<start>", max_steps=...)}.
 *
 * <p>Node options become decorator options: {@code maxRetries} is {@code max_retries}, with a
 * {@code retryBackoff} a {@code retry_policy=RetryPolicy(...)}; {@code maxCycles} is
 * {@code max_cycles} plus a guard at the top of the function, because Graflow (like our engine)
 * does not bound goto cycles by itself. Kind translations are described in {@link PythonTaskWriter}
 * and {@link ExpressionTranslator}: expression variables are read through the context
 * ({@code inject_context=True}) from the channel keys that Graflow's parameter resolution uses
 * ({@code <name>.__result__}, then {@code <name>}), not declared as parameters, because JEXL names
 * include the built-ins {@code channel}, {@code results} and {@code task} and need not be Python
 * identifiers.
 *
 * <p>The script is plain ASCII and always valid Python syntax, whatever the ids and values.
 * Immutable, thread-safe and deterministic.
 */
public final class GraflowPythonExporter implements DocumentExporter {
    /** The default {@code max_steps} of the generated {@code execute} call (Graflow's default). */
    public static final int DEFAULT_MAX_STEPS = ExecutionContext.DEFAULT_MAX_STEPS;

    /** Names the script itself uses: a task function must not shadow them. */
    private static final Set<String> SCRIPT_NAMES = Set.of("task", "workflow", "parallel", "chain", "RetryPolicy",
            "TaskExecutionContext", "ParallelGroup", "graflow", "wf", "ctx", "value", "outcome", "time", "math", "re",
            "json", "abs", "bool", "dict", "float", "hasattr", "int", "isinstance", "len", "list", "str", "tuple",
            "type", "print", "Exception", "NameError", "NotImplementedError", "RuntimeError", "TypeError",
            "ZeroDivisionError");

    private static final String INDENT = "    ";

    private final int maxSteps;
    private final TaskKinds kinds;

    /** An exporter with {@link #DEFAULT_MAX_STEPS} and the built-in kinds. */
    public GraflowPythonExporter() {
        this(DEFAULT_MAX_STEPS);
    }

    /** An exporter with the given {@code max_steps} and the built-in kinds. */
    public GraflowPythonExporter(int maxSteps) {
        this(maxSteps, TaskKinds.builtIn());
    }

    /**
     * An exporter.
     *
     * @param maxSteps the {@code max_steps} of the generated {@code execute} call (at least 1)
     * @param kinds    the kinds that describe node configs
     * @throws IllegalArgumentException if {@code maxSteps < 1}
     */
    public GraflowPythonExporter(int maxSteps, TaskKinds kinds) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1, was " + maxSteps);
        }
        this.maxSteps = maxSteps;
        this.kinds = Objects.requireNonNull(kinds, "kinds");
    }

    /** The {@code max_steps} of the generated {@code execute} call. */
    public int maxSteps() {
        return maxSteps;
    }

    @Override
    public String export(WorkflowDocument document) {
        DiagramStructure structure = DiagramStructure.of(document, kinds);
        Map<String, WorkflowNode> nodes = new LinkedHashMap<>();
        document.nodes().forEach(node -> nodes.putIfAbsent(node.id(), node));
        Map<String, WorkflowGroup> groups = new LinkedHashMap<>();
        document.groups().forEach(group -> {
            if (!nodes.containsKey(group.id())) {
                groups.putIfAbsent(group.id(), group);
            }
        });
        Map<String, String> names = pythonNames(nodes.keySet(), groups.keySet());
        PythonTaskWriter writer = new PythonTaskWriter(kinds, names);
        Map<String, PythonTaskBody> bodies = new LinkedHashMap<>();
        nodes.values().forEach(node -> bodies.put(node.id(), writer.body(node)));
        List<String> groupLines = groupLines(groups, nodes.keySet(), names);

        StringBuilder out = new StringBuilder();
        header(document, nodes, bodies, out);
        imports(nodes, bodies, String.join("\n", groupLines), out);
        helpers(bodies, out);
        out.append("with workflow(").append(PythonSyntax.string(document.name())).append(") as wf:\n");
        boolean first = true;
        for (WorkflowNode node : nodes.values()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            function(node, names.get(node.id()), bodies.get(node.id()), out);
        }
        List<String> wiring = new ArrayList<>(groupLines);
        wiring.addAll(edgeLines(document, names));
        if (!wiring.isEmpty()) {
            out.append(first ? "" : "\n");
            wiring.forEach(line -> out.append(INDENT).append(line).append('\n'));
        } else if (first) {
            out.append(INDENT).append("pass\n");
        }
        out.append("\n\nif __name__ == \"__main__\":\n");
        if (structure.start() == null) {
            out.append(INDENT).append("# No single start node: Graflow picks the only node without predecessors.\n");
            out.append(INDENT).append("wf.execute(max_steps=").append(maxSteps).append(")\n");
        } else {
            out.append(INDENT).append("wf.execute(").append(PythonSyntax.string(structure.start()))
                    .append(", max_steps=").append(maxSteps).append(")\n");
        }
        return out.toString();
    }

    private static Map<String, String> pythonNames(Set<String> nodeIds, Set<String> groupIds) {
        Set<String> reserved = new HashSet<>(PythonSyntax.KEYWORDS);
        reserved.addAll(SCRIPT_NAMES);
        UniqueNames unique = new UniqueNames(reserved);
        Map<String, String> names = new LinkedHashMap<>();
        nodeIds.forEach(id -> names.put(id, unique.claim(PythonSyntax.identifierCandidate(id))));
        groupIds.forEach(id -> names.put(id, unique.claim(PythonSyntax.identifierCandidate(id))));
        return names;
    }

    private static void header(WorkflowDocument document, Map<String, WorkflowNode> nodes,
                               Map<String, PythonTaskBody> bodies, StringBuilder out) {
        out.append("\"\"\"Graflow workflow \"").append(PythonSyntax.docstringText(document.name()))
                .append("\", exported by Graflow Studio.\n\n");
        out.append("Run it where Python Graflow is installed. Expressions (JEXL) are translated to Python;\n");
        out.append("their variables are read from the channel as Graflow resolves task parameters: the\n");
        out.append("result of the task with that id (\"<id>.__result__\"), else the channel key.\n");
        List<String> untranslated = new ArrayList<>();
        for (WorkflowNode node : nodes.values()) {
            if (!bodies.get(node.id()).translated()) {
                untranslated.add(PythonSyntax.docstringText(node.id() + " (" + node.kind() + ")"));
            }
        }
        if (!untranslated.isEmpty()) {
            out.append("\nNot translated (they raise NotImplementedError when they run): ")
                    .append(String.join(", ", untranslated)).append(".\n");
        }
        out.append("\"\"\"\n\n");
    }

    private static void imports(Map<String, WorkflowNode> nodes, Map<String, PythonTaskBody> bodies,
                                String groupText, StringBuilder out) {
        Set<String> modules = new TreeSet<>();
        Set<String> graflow = new TreeSet<>(List.of("task", "workflow"));
        for (PythonTaskBody body : bodies.values()) {
            if (body.usesExpressions()) {
                modules.addAll(List.of("math", "re"));
            }
            if (body.usesTime()) {
                modules.add("time");
            }
            if (body.usesJson()) {
                modules.add("json");
            }
            if (body.usesContext()) {
                graflow.add("TaskExecutionContext");
            }
        }
        if (nodes.values().stream().anyMatch(node -> node.maxRetries() != null && node.retryBackoff() != null)) {
            graflow.add("RetryPolicy");
        }
        if (groupText.contains(" = parallel(")) {
            graflow.add("parallel");
        }
        modules.forEach(module -> out.append("import ").append(module).append('\n'));
        if (!modules.isEmpty()) {
            out.append('\n');
        }
        out.append("from graflow import ").append(String.join(", ", graflow)).append('\n');
        if (groupText.contains(" = ParallelGroup(")) {
            out.append("from graflow.core.task import ParallelGroup\n");
        }
        out.append("\n\n");
    }

    private static void helpers(Map<String, PythonTaskBody> bodies, StringBuilder out) {
        if (bodies.values().stream().anyMatch(PythonTaskBody::usesExpressions)) {
            out.append(PythonHelpers.EXPRESSIONS).append("\n\n");
        }
        if (bodies.values().stream().anyMatch(PythonTaskBody::usesCycleGuard)) {
            out.append(PythonHelpers.CYCLES).append("\n\n");
        }
    }

    private static void function(WorkflowNode node, String name, PythonTaskBody body, StringBuilder out) {
        List<String> options = new ArrayList<>();
        options.add(PythonSyntax.string(node.id()));
        if (body.usesContext()) {
            options.add("inject_context=True");
        }
        if (node.maxRetries() != null && node.retryBackoff() != null) {
            options.add("retry_policy=" + retryPolicy(node.maxRetries(), node.retryBackoff()));
        } else if (node.maxRetries() != null) {
            options.add("max_retries=" + node.maxRetries());
        }
        if (node.maxCycles() != null) {
            options.add("max_cycles=" + node.maxCycles());
        }
        out.append(INDENT).append("@task(").append(String.join(", ", options)).append(")\n");
        out.append(INDENT).append("def ").append(name)
                .append(body.usesContext() ? "(ctx: TaskExecutionContext):\n" : "():\n");
        for (String line : body.lines()) {
            out.append(INDENT).append(INDENT).append(line).append('\n');
        }
    }

    private static String retryPolicy(int retries, RetryBackoff backoff) {
        return "RetryPolicy(max_retries=" + retries + ", initial_interval=" + seconds(backoff.initialMillis())
                + ", backoff_factor=" + PythonSyntax.number(backoff.factor()) + ", max_interval="
                + seconds(backoff.maxMillis()) + ", jitter=" + (backoff.jitter() ? "True" : "False") + ")";
    }

    private static String seconds(long millis) {
        String text = BigDecimal.valueOf(millis).movePointLeft(3).stripTrailingZeros().toPlainString();
        return millis < 0 ? "(" + text + ")" : text;
    }

    private static List<String> groupLines(Map<String, WorkflowGroup> groups, Set<String> nodeIds,
                                           Map<String, String> names) {
        List<String> lines = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String id : groups.keySet()) {
            group(id, groups, nodeIds, names, new LinkedHashSet<>(), done, lines);
        }
        return lines;
    }

    private static void group(String id, Map<String, WorkflowGroup> groups, Set<String> nodeIds,
                              Map<String, String> names, Set<String> visiting, Set<String> done, List<String> lines) {
        if (done.contains(id)) {
            return;
        }
        visiting.add(id);
        WorkflowGroup group = groups.get(id);
        for (String member : group.members()) {
            if (groups.containsKey(member) && !visiting.contains(member)) {
                group(member, groups, nodeIds, names, visiting, done, lines);
            }
        }
        List<String> members = new ArrayList<>();
        boolean nested = false;
        for (String member : new LinkedHashSet<>(group.members())) {
            if (nodeIds.contains(member) || done.contains(member)) {
                members.add(names.get(member));
                nested |= groups.containsKey(member);
            } else {
                lines.add("# group " + PythonSyntax.commentText(id) + ": member "
                        + PythonSyntax.commentText(member) + " left out ("
                        + (groups.containsKey(member) ? "it contains this group" : "it does not exist") + ")");
            }
        }
        String name = names.get(id);
        if (members.size() >= 2 && !nested) {
            lines.add(name + " = parallel(" + String.join(", ", members) + ")");
        } else {
            lines.add(name + " = ParallelGroup([" + String.join(", ", members) + "])");
        }
        lines.add(name + ".set_group_name(" + PythonSyntax.string(id) + ")");
        String policy = policy(group.policy());
        if (policy == null) {
            lines.add("# policy " + PythonSyntax.commentText(DiagramStructure.policyText(group))
                    + " has no Graflow form: Graflow's default (strict) applies");
        } else {
            lines.add(name + ".with_execution(policy=" + policy + ")");
        }
        visiting.remove(id);
        done.add(id);
    }

    /** Graflow's canonical policy form (§9.3), or {@code null} when the spec has none. */
    private static String policy(GroupPolicySpec spec) {
        return switch (spec.type()) {
            case GroupPolicySpec.STRICT -> "\"strict\"";
            case GroupPolicySpec.BEST_EFFORT -> "\"best_effort\"";
            case GroupPolicySpec.AT_LEAST_N -> spec.n() == null ? null
                    : "{\"type\": \"at_least_n\", \"min_success\": " + spec.n() + "}";
            case GroupPolicySpec.CRITICAL -> "{\"type\": \"critical\", \"critical_task_ids\": "
                    + PythonSyntax.literal(List.copyOf(new TreeSet<>(spec.criticalIds()))) + "}";
            default -> null;
        };
    }

    private static List<String> edgeLines(WorkflowDocument document, Map<String, String> names) {
        List<String> lines = new ArrayList<>();
        for (WorkflowEdge edge : document.edges()) {
            String from = names.get(edge.from());
            String to = names.get(edge.to());
            if (from == null || to == null) {
                lines.add("# edge " + PythonSyntax.commentText(edge.from() + " -> " + edge.to())
                        + " left out: " + PythonSyntax.commentText(from == null ? edge.from() : edge.to())
                        + " does not exist");
            } else {
                lines.add(from + " >> " + to);
            }
        }
        return lines;
    }
}
