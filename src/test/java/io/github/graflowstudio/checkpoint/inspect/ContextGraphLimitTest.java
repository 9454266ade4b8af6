package io.github.graflowstudio.checkpoint.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.inspect.json.ContextFileParser;
import io.github.graflowstudio.checkpoint.inspect.json.JsonFileReader;
import io.github.graflowstudio.checkpoint.inspect.json.ParsedFile;
import io.github.graflowstudio.checkpoint.inspect.model.ContextSummary;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The context file's graph is streamed node by node: a graph with more values than one tree may
 * hold reads cleanly, and only the number of nodes kept is capped (here with a small cap), which
 * leaves the graph unknown with a flag instead of failing the file.
 */
class ContextGraphLimitTest {
    private static final String NODE = "{\"id\":\"n%d\",\"task_data\":{\"strategy\":\"kind\",\"kind\":\"noop\","
            + "\"config\":{}},\"serializable\":true,\"reason\":null,\"options\":{\"max_retries\":null}}";
    @TempDir
    Path folder;

    private Path context(int nodes, String graphBefore, String graphAfter) throws Exception {
        StringBuilder text = new StringBuilder("{\"formatVersion\":1,\"graph\":{" + graphBefore + "\"nodes\":[");
        for (int i = 0; i < nodes; i++) {
            text.append(i > 0 ? "," : "").append(String.format(NODE, i));
        }
        text.append("]").append(graphAfter).append("},\"channel\":{\"k\":1}}");
        Path file = folder.resolve("checkpoint.context.json");
        Files.writeString(file, text);
        return file;
    }

    private static ParsedFile<ContextSummary> parse(Path file, int maxNodes) {
        return new ContextFileParser(new JsonFileReader(1L << 30), maxNodes).parse(file);
    }

    @Test
    void graphsUpToTheCapAreKeptWhole() throws Exception {
        Path file = context(4, "\"edges\":[[\"n0\",\"n1\"]],", ",\"document_path\":\"x.flow.json\"");
        ParsedFile<ContextSummary> parsed = parse(file, 4);
        assertEquals(FileStatus.OK, parsed.status());
        assertEquals(List.of(), parsed.flags());
        assertEquals(List.of("n0", "n1", "n2", "n3"), List.copyOf(parsed.summary().graphNodes().keySet()));
        assertEquals("noop", parsed.summary().graphNodes().get("n2").kind());
        assertEquals("1", parsed.summary().fields().get("formatVersion").toJson());
    }

    @Test
    void moreNodesThanTheCapLeaveTheGraphUnknownWithAFlag() throws Exception {
        ParsedFile<ContextSummary> parsed = parse(context(5, "", ""), 4);
        assertEquals(FileStatus.OK, parsed.status(), "the file itself is fine");
        assertFalse(parsed.summary().graphKnown());
        assertNull(parsed.summary().graphNodes());
        InspectionFlag flag = parsed.flags().get(0);
        assertEquals(FlagCode.UNEXPECTED_FIELD, flag.code());
        assertTrue(flag.message().contains("5 nodes, more than the 4"), flag.message());
    }

    @Test
    void aGraphOfMoreValuesThanOneTreeMayHoldReadsCleanly() throws Exception {
        // 23 values per node (tokens, as the tree cap counts them): 100,000 nodes are 2.3 million, more than
        // one tree may hold (the graph as a whole used to be read as one tree)
        Path file = context(100_000, "", "");
        ParsedFile<ContextSummary> parsed = parse(file, ContextFileParser.DEFAULT_MAX_GRAPH_NODES);
        assertEquals(FileStatus.OK, parsed.status(), parsed.flags().toString());
        assertEquals(List.of(), parsed.flags());
        assertEquals(100_000, parsed.summary().graphNodes().size());
    }
}
