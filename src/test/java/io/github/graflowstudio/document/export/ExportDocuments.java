package io.github.graflowstudio.document.export;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.json.DocumentCodec;
import io.github.graflowstudio.document.json.DocumentException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Documents for the export tests. */
final class ExportDocuments {
    /** The sample names in assets/samples. */
    static final List<String> SAMPLES = List.of("etl", "agent-loop", "flaky-retry", "checkpointing");

    /** Ids that break naive exporters. */
    static final List<String> ODD_IDS = List.of("has space", "quote\"d", "ünïcödé", "line\nbreak", "end", "a-b",
            "a_b", "a?b", "--x", "", "back\\slash", "🚀", "1st", "class", "task", "_private", "tab\there", "#35;",
            "<b>", "x\"; drop", "\uD800lonely", "ctx");

    private ExportDocuments() {
    }

    /** A sample from assets/samples. */
    static WorkflowDocument sample(String name) {
        try {
            return new DocumentCodec().read(Path.of("assets", "samples", name + ".flow.json"));
        } catch (DocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * Every odd id as an echo node in a chain, a group {@code group "one"} holding three of them, a
     * nested group, a branch jumping to two odd ids, and an edge to a missing id.
     */
    static WorkflowDocument oddIds() {
        List<WorkflowNode> nodes = new java.util.ArrayList<>();
        List<WorkflowEdge> edges = new java.util.ArrayList<>();
        String previous = null;
        for (String id : ODD_IDS) {
            nodes.add(WorkflowNode.of(id, "echo", Map.of("value", id)));
            if (previous != null) {
                edges.add(WorkflowEdge.of(previous, id));
            }
            previous = id;
        }
        nodes.add(WorkflowNode.of("decide\"", "branch", Map.of("condition", "1 < 2", "ifTrue", "end",
                "ifFalse", "🚀")));
        edges.add(WorkflowEdge.of(previous, "decide\""));
        edges.add(WorkflowEdge.of("decide\"", "nowhere \"x\""));
        edges.add(WorkflowEdge.of("group \"one\"", "has space"));
        List<WorkflowGroup> groups = List.of(
                WorkflowGroup.of("group \"one\"", List.of("quote\"d", "ünïcödé", "inner group")),
                WorkflowGroup.of("inner group", List.of("line\nbreak", "a-b"), GroupPolicySpec.atLeast(1)),
                WorkflowGroup.of("critical\\group", List.of("a_b", "a?b"), GroupPolicySpec.critical(List.of("a?b"))));
        return WorkflowDocument.of("odd \"name\"\nwith ü", nodes, edges, groups);
    }
}
