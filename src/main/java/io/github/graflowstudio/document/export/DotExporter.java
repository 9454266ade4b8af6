package io.github.graflowstudio.document.export;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.List;
import java.util.Objects;

/**
 * Exports a document as a Graphviz DOT digraph: {@code digraph "<name>" { rankdir=LR; ... }}
 * with {@code compound=true}, one {@code subgraph "cluster_<group>"} per parallel group (nested
 * groups nested) labelled with the group id and, unless strict, its policy; nodes with quoted ids,
 * a label {@code "<id>\n<kind>"} and a shape per kind (the start node bold); edges in document
 * order; and jump targets of kind configs as dashed, labelled edges.
 *
 * <p>Edges to or from a group are drawn to or from its first node (depth first) and clipped at the
 * cluster with {@code lhead}/{@code ltail}; an empty group gets an invisible anchor node named after
 * the group. Ids referred to but missing are drawn as dotted {@code "<id>\n(missing)"} nodes.
 * All ids and labels are quoted and escaped, so any id is safe.
 *
 * <p>Immutable, thread-safe and deterministic.
 */
public final class DotExporter implements DocumentExporter {
    private static final String INDENT = "  ";

    private final LayoutDirection direction;
    private final TaskKinds kinds;

    /** A left-to-right exporter that knows the jumps of the built-in kinds. */
    public DotExporter() {
        this(LayoutDirection.LEFT_RIGHT);
    }

    /** An exporter with the given direction that knows the jumps of the built-in kinds. */
    public DotExporter(LayoutDirection direction) {
        this(direction, TaskKinds.builtIn());
    }

    /**
     * An exporter.
     *
     * @param direction the {@code rankdir}
     * @param kinds     the kinds whose node-id config fields are drawn as jumps
     */
    public DotExporter(LayoutDirection direction, TaskKinds kinds) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
    }

    @Override
    public String export(WorkflowDocument document) {
        DiagramStructure structure = DiagramStructure.of(document, kinds);
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(DotSyntax.quoted(document.name())).append(" {\n");
        out.append(INDENT).append("rankdir=").append(direction.dot()).append(";\n");
        out.append(INDENT).append("compound=true;\n");
        out.append(INDENT).append("node [fontname=\"Helvetica\"];\n");
        out.append(INDENT).append("edge [fontname=\"Helvetica\"];\n");
        for (String id : structure.topLevel()) {
            declare(structure, id, 1, out);
        }
        for (WorkflowEdge edge : structure.edges()) {
            edge(structure, edge.from(), edge.to(), List.of(), out);
        }
        for (DiagramStructure.Jump jump : structure.jumps()) {
            edge(structure, jump.from(), jump.to(),
                    List.of("style=dashed", "label=" + DotSyntax.quoted(jump.label())), out);
        }
        out.append("}\n");
        return out.toString();
    }

    private static void declare(DiagramStructure structure, String id, int depth, StringBuilder out) {
        String indent = INDENT.repeat(depth);
        if (structure.isGroup(id)) {
            String policy = DiagramStructure.policyText(structure.group(id));
            String label = id + (policy.equals("strict") ? "" : "\n" + policy);
            out.append(indent).append("subgraph ").append(DotSyntax.quoted("cluster_" + id)).append(" {\n");
            out.append(indent).append(INDENT).append("label=").append(DotSyntax.quoted(label)).append(";\n");
            out.append(indent).append(INDENT).append("style=\"rounded,filled\";\n");
            out.append(indent).append(INDENT).append("fillcolor=\"#f3e5f5\";\n");
            List<String> children = structure.children(id);
            if (children.isEmpty()) {
                out.append(indent).append(INDENT).append(DotSyntax.quoted(id))
                        .append(" [shape=point, style=invis];\n");
            }
            for (String child : children) {
                declare(structure, child, depth + 1, out);
            }
            out.append(indent).append("}\n");
            return;
        }
        WorkflowNode node = structure.node(id);
        out.append(indent).append(DotSyntax.quoted(id)).append(" [");
        if (node == null) {
            out.append("label=").append(DotSyntax.quoted(id + "\n(missing)")).append(", shape=box, style=dotted");
        } else {
            out.append("label=").append(DotSyntax.quoted(id + "\n" + node.kind()))
                    .append(", shape=").append(DotSyntax.shape(node.kind()));
            if (id.equals(structure.start())) {
                out.append(", style=bold");
            }
        }
        out.append("];\n");
    }

    private static void edge(DiagramStructure structure, String from, String to, List<String> attributes,
                             StringBuilder out) {
        StringBuilder attributeText = new StringBuilder();
        for (String attribute : attributes) {
            appendAttribute(attributeText, attribute);
        }
        if (structure.isGroup(from)) {
            appendAttribute(attributeText, "ltail=" + DotSyntax.quoted("cluster_" + from));
        }
        if (structure.isGroup(to)) {
            appendAttribute(attributeText, "lhead=" + DotSyntax.quoted("cluster_" + to));
        }
        out.append(INDENT).append(DotSyntax.quoted(anchor(structure, from))).append(" -> ")
                .append(DotSyntax.quoted(anchor(structure, to)));
        if (!attributeText.isEmpty()) {
            out.append(" [").append(attributeText).append(']');
        }
        out.append(";\n");
    }

    private static void appendAttribute(StringBuilder text, String attribute) {
        if (!text.isEmpty()) {
            text.append(", ");
        }
        text.append(attribute);
    }

    /** The node an edge to or from {@code id} is drawn at: the id itself, or a group's first node. */
    private static String anchor(DiagramStructure structure, String id) {
        String current = id;
        while (structure.isGroup(current) && !structure.children(current).isEmpty()) {
            current = structure.children(current).get(0);
        }
        return current;
    }
}
