package io.github.graflowstudio.document.export;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Exports a document as a Mermaid flowchart: {@code graph TD;} (or {@code LR}), a {@code %%}
 * comment with the workflow name, each parallel group as {@code subgraph <id>[" <label> "]} ...
 * {@code end} (nested groups nested), each node as {@code <id>["<node id> (<kind>)"]} (the start
 * node as a stadium {@code (["..."])}), edges as {@code a --> b;} (edges to or from a group attach
 * to its subgraph) and jump targets of kind configs as dotted edges {@code a -.->|true| b;}.
 *
 * <p>Mermaid ids keep {@code [A-Za-z0-9_-]} and replace everything else (and hyphens that could
 * look like an arrow) with {@code _}; empty ids and ids that are a Mermaid keyword such as
 * {@code end} or {@code style} (also between hyphens) get an {@code n_} prefix; ids that collide
 * after that get {@code _2}, {@code _3}, ... in document order. Labels are always quoted
 * with entity codes, so no id can break the syntax. Ids referred to but missing are drawn as
 * {@code "<id> (missing)"}.
 *
 * <p>Immutable, thread-safe and deterministic.
 */
public final class MermaidExporter implements DocumentExporter {
    private static final String INDENT = "    ";

    private final LayoutDirection direction;
    private final TaskKinds kinds;

    /** A top-down exporter that knows the jumps of the built-in kinds. */
    public MermaidExporter() {
        this(LayoutDirection.TOP_DOWN);
    }

    /** An exporter with the given direction that knows the jumps of the built-in kinds. */
    public MermaidExporter(LayoutDirection direction) {
        this(direction, TaskKinds.builtIn());
    }

    /**
     * An exporter.
     *
     * @param direction the flowchart direction
     * @param kinds     the kinds whose node-id config fields are drawn as jumps
     */
    public MermaidExporter(LayoutDirection direction, TaskKinds kinds) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
    }

    @Override
    public String export(WorkflowDocument document) {
        DiagramStructure structure = DiagramStructure.of(document, kinds);
        Map<String, String> ids = mermaidIds(structure);
        StringBuilder out = new StringBuilder();
        out.append("graph ").append(direction.mermaid()).append(";\n");
        out.append(INDENT).append("%% ").append(MermaidSyntax.commentText(document.name())).append('\n');
        for (String id : structure.topLevel()) {
            declare(structure, ids, id, 1, out);
        }
        for (WorkflowEdge edge : structure.edges()) {
            out.append(INDENT).append(ids.get(edge.from())).append(" --> ").append(ids.get(edge.to())).append(";\n");
        }
        for (DiagramStructure.Jump jump : structure.jumps()) {
            out.append(INDENT).append(ids.get(jump.from())).append(" -.->|").append(jump.label()).append("| ")
                    .append(ids.get(jump.to())).append(";\n");
        }
        return out.toString();
    }

    private static Map<String, String> mermaidIds(DiagramStructure structure) {
        UniqueNames names = new UniqueNames(List.of());
        Map<String, String> ids = new HashMap<>();
        for (String id : structure.ids()) {
            ids.put(id, names.claim(MermaidSyntax.idCandidate(id)));
        }
        return ids;
    }

    private static void declare(DiagramStructure structure, Map<String, String> ids, String id, int depth,
                                StringBuilder out) {
        String indent = INDENT.repeat(depth);
        if (structure.isGroup(id)) {
            String policy = DiagramStructure.policyText(structure.group(id));
            String label = " " + id + (policy.equals("strict") ? "" : ": " + policy) + " ";
            out.append(indent).append("subgraph ").append(ids.get(id)).append('[')
                    .append(MermaidSyntax.quoted(label)).append("]\n");
            for (String child : structure.children(id)) {
                declare(structure, ids, child, depth + 1, out);
            }
            out.append(indent).append("end\n");
            return;
        }
        WorkflowNode node = structure.node(id);
        String label = id + (node == null ? " (missing)" : " (" + node.kind() + ")");
        boolean start = id.equals(structure.start());
        out.append(indent).append(ids.get(id)).append(start ? "([" : "[").append(MermaidSyntax.quoted(label))
                .append(start ? "])" : "]").append(";\n");
    }
}
