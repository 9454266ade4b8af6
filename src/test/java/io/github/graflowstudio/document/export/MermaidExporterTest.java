package io.github.graflowstudio.document.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MermaidExporterTest {
    private static final String ID = "[A-Za-z0-9_-]+";
    private static final Pattern NODE = Pattern.compile("^ +(" + ID + ")(\\(\\[|\\[)\"[^\"\\n]*\"(\\]\\)|\\]);$");
    private static final Pattern SUBGRAPH = Pattern.compile("^ +subgraph (" + ID + ")\\[\" [^\"\\n]* \"\\]$");
    private static final Pattern EDGE = Pattern.compile("^ +(" + ID + ") (-->|-\\.->\\|\\w+\\|) (" + ID + ");$");

    static List<String> samples() {
        return ExportDocuments.SAMPLES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleMatchesItsGoldenFile(String sample) throws Exception {
        GoldenFiles.assertGolden(sample + ".mmd", new MermaidExporter().export(ExportDocuments.sample(sample)));
    }

    @Test
    void oddIdsMatchTheGoldenFile() throws Exception {
        GoldenFiles.assertGolden("odd-ids.mmd", new MermaidExporter().export(ExportDocuments.oddIds()));
    }

    @Test
    void oddIdsGiveOnlyWellFormedLinesAndUniqueIds() {
        String text = new MermaidExporter().export(ExportDocuments.oddIds());
        List<String> lines = text.lines().toList();
        assertEquals("graph TD;", lines.get(0));
        Set<String> declared = new HashSet<>();
        int declarations = 0;
        for (String line : lines.subList(1, lines.size())) {
            Matcher node = NODE.matcher(line);
            Matcher subgraph = SUBGRAPH.matcher(line);
            if (node.matches() || subgraph.matches()) {
                declared.add(node.matches() ? node.group(1) : subgraph.group(1));
                declarations++;
            } else if (EDGE.matcher(line).matches() || line.matches("^ +end$") || line.matches("^ +%% [^\\n]*$")) {
                continue;
            } else {
                throw new AssertionError("malformed line: " + line);
            }
        }
        // every node and group is declared once; ids are unique and never a keyword
        assertEquals(ExportDocuments.ODD_IDS.size() + 1 + 3 + 1, declarations);
        assertEquals(declarations, declared.size());
        assertFalse(declared.contains("end"));
        assertTrue(text.contains("%% odd \"name\" with ü"), text);
    }

    @Test
    void labelsEscapeQuotesMarkupAndLineBreaks() {
        String text = new MermaidExporter().export(ExportDocuments.oddIds());
        assertTrue(text.contains("[\"quote#34;d (echo)\"]"), text);
        assertTrue(text.contains("[\"line<br/>break (echo)\"]"), text);
        assertTrue(text.contains("[\"#60;b#62; (echo)\"]"), text);
        assertTrue(text.contains("[\"#35;35; (echo)\"]"), text);
        assertTrue(text.contains("[\"ünïcödé (echo)\"]"), text);
        assertTrue(text.contains("[\"\uFFFDlonely (echo)\"]"), text);
        assertTrue(text.contains("[\"nowhere #34;x#34; (missing)\"]"), text);
    }

    @Test
    void idsThatCollideAfterEscapingAreNumbered() {
        WorkflowDocument document = WorkflowDocument.of("collide", List.of(
                WorkflowNode.of("a b", "noop", Map.of()), WorkflowNode.of("a_b", "noop", Map.of()),
                WorkflowNode.of("a?b", "noop", Map.of()), WorkflowNode.of("a_b_2", "noop", Map.of())),
                List.of(WorkflowEdge.of("a?b", "a_b_2")), List.of());
        String text = new MermaidExporter(LayoutDirection.LEFT_RIGHT).export(document);
        assertEquals("""
                graph LR;
                    %% collide
                    a_b["a b (noop)"];
                    a_b_2["a_b (noop)"];
                    a_b_3["a?b (noop)"];
                    a_b_2_2["a_b_2 (noop)"];
                    a_b_3 --> a_b_2_2;
                """, text);
    }

    @Test
    void groupsNestAndEdgesAttachToSubgraphs() {
        WorkflowDocument document = WorkflowDocument.of("nest", List.of(
                        WorkflowNode.of("a", "noop", Map.of()), WorkflowNode.of("b", "noop", Map.of()),
                        WorkflowNode.of("c", "noop", Map.of())),
                List.of(WorkflowEdge.of("a", "outer")),
                List.of(WorkflowGroup.of("outer", List.of("inner", "b")), WorkflowGroup.of("inner", List.of("c", "b"))));
        assertEquals("""
                graph TD;
                    %% nest
                    a(["a (noop)"]);
                    subgraph outer[" outer "]
                        subgraph inner[" inner "]
                            c["c (noop)"];
                        end
                        b["b (noop)"];
                    end
                    a --> outer;
                """, new MermaidExporter().export(document));
    }

    @Test
    void exportIsDeterministic() {
        WorkflowDocument document = ExportDocuments.oddIds();
        assertEquals(new MermaidExporter().export(document), new MermaidExporter().export(document));
    }
}
