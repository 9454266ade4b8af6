package io.github.graflowstudio.document.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DotExporterTest {
    static List<String> samples() {
        return ExportDocuments.SAMPLES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleMatchesItsGoldenFile(String sample) throws Exception {
        GoldenFiles.assertGolden(sample + ".dot", new DotExporter().export(ExportDocuments.sample(sample)));
    }

    @Test
    void oddIdsMatchTheGoldenFile() throws Exception {
        GoldenFiles.assertGolden("odd-ids.dot", new DotExporter().export(ExportDocuments.oddIds()));
    }

    @Test
    void quotedStringsEscapeQuotesBackslashesAndLineBreaks() {
        assertEquals("\"a\\\"b\"", DotSyntax.quoted("a\"b"));
        assertEquals("\"back\\\\slash\"", DotSyntax.quoted("back\\slash"));
        assertEquals("\"line\\nbreak\"", DotSyntax.quoted("line\nbreak"));
        assertEquals("\"tab\\u0009\"", DotSyntax.quoted("tab\t"));
        assertEquals("\"ü🚀\"", DotSyntax.quoted("ü🚀"));
        assertEquals("\"\\ud800x\"", DotSyntax.quoted("\uD800x"));
        // a trailing backslash never escapes the closing quote
        assertEquals("\"x\\\\\"", DotSyntax.quoted("x\\"));
    }

    @Test
    void everyOddIdIsQuotedAndEveryQuoteInsideIsEscaped() {
        String text = new DotExporter().export(ExportDocuments.oddIds());
        for (String line : text.lines().toList()) {
            // outside quoted strings only DOT syntax remains; quoted strings close on the same line
            String unquoted = line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
            assertTrue(unquoted.matches("^[ A-Za-z_=;,\\[\\]{}\"\\->#0-9]*$"), () -> "unexpected: " + line);
        }
        assertTrue(text.contains("\"quote\\\"d\" [label=\"quote\\\"d\\necho\", shape=note];"), text);
        assertTrue(text.contains("subgraph \"cluster_group \\\"one\\\"\" {"), text);
        assertTrue(text.contains("\"nowhere \\\"x\\\"\" [label=\"nowhere \\\"x\\\"\\n(missing)\", shape=box, style=dotted];"),
                text);
    }

    @Test
    void edgesToGroupsAreClippedAtTheClusterAndEmptyGroupsGetAnAnchor() {
        WorkflowDocument document = WorkflowDocument.of("groups", List.of(
                        WorkflowNode.of("a", "noop", Map.of()), WorkflowNode.of("b", "branch",
                                Map.of("condition", "true", "ifTrue", "a"))),
                List.of(WorkflowEdge.of("a", "g"), WorkflowEdge.of("g", "empty")),
                List.of(WorkflowGroup.of("g", List.of("b")), WorkflowGroup.of("empty", List.of())));
        assertEquals("""
                digraph "groups" {
                  rankdir=TB;
                  compound=true;
                  node [fontname="Helvetica"];
                  edge [fontname="Helvetica"];
                  "a" [label="a\\nnoop", shape=circle, style=bold];
                  subgraph "cluster_g" {
                    label="g";
                    style="rounded,filled";
                    fillcolor="#f3e5f5";
                    "b" [label="b\\nbranch", shape=diamond];
                  }
                  subgraph "cluster_empty" {
                    label="empty";
                    style="rounded,filled";
                    fillcolor="#f3e5f5";
                    "empty" [shape=point, style=invis];
                  }
                  "a" -> "b" [lhead="cluster_g"];
                  "b" -> "empty" [ltail="cluster_g", lhead="cluster_empty"];
                  "b" -> "a" [style=dashed, label="true"];
                }
                """, new DotExporter(LayoutDirection.TOP_DOWN).export(document));
    }

    @Test
    void graphvizAcceptsEveryExport(@TempDir Path folder) throws Exception {
        Optional<Path> dot = ExternalTools.find("dot");
        assumeTrue(dot.isPresent(), "Graphviz 'dot' is not installed");
        List<WorkflowDocument> documents = new java.util.ArrayList<>(ExportDocuments.SAMPLES.stream()
                .map(ExportDocuments::sample).toList());
        documents.add(ExportDocuments.oddIds());
        for (WorkflowDocument document : documents) {
            Path file = folder.resolve("graph.dot");
            Files.writeString(file, new DotExporter().export(document), StandardCharsets.UTF_8);
            ExternalTools.Result result = ExternalTools.run(List.of(dot.get().toString(), "-Tsvg", "-o",
                    folder.resolve("graph.svg").toString(), file.toString()), Map.of(), folder);
            assertEquals(0, result.exitCode(), () -> document.name() + ": " + result.err());
            assertTrue(!result.err().contains("syntax error"), result.err());
        }
    }
}
