package io.github.graflowstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of the bench command: statistics, JSON lines, the table, the synthesised Graflow set. */
class BenchmarkPartsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path folder;

    @Test
    void samplesGiveMedianMinAndMax() {
        Samples samples = new Samples();
        for (double value : new double[] {5, 1, 4, 2, 3, 100, 0.5, 7, 8, 9}) {
            samples.add(value);
        }
        assertEquals(4.5, samples.median());
        assertEquals(0.5, samples.min());
        assertEquals(100, samples.max());
        assertEquals(10, samples.detail(Map.of()).get("reps"));
    }

    @Test
    void resultsSurviveAJsonLineAndSkippedOnesKeepTheirReason() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("nodes", 10_000);
        params.put("zoom", "fit");
        BenchmarkResult measured = BenchmarkResult.measured("canvas.frame", params, 7.5, "ms_median",
                Map.of("first_frame_ms", 12.0));
        BenchmarkResult back = ResultJson.parse(ResultJson.toLine(measured));
        assertEquals(7.5, back.value());
        assertEquals("ms_median", back.unit());
        assertEquals("nodes=10000, zoom=fit", back.paramsText());
        assertEquals(12.0, back.detail().get("first_frame_ms"));

        BenchmarkResult skipped = BenchmarkResult.skipped("startup.window", Map.of(), "ms", "no display");
        BenchmarkResult skippedBack = ResultJson.parse(ResultJson.toLine(skipped));
        assertTrue(skippedBack.isSkipped());
        assertNull(skippedBack.value());
        assertEquals("no display", skippedBack.skippedReason());
        assertThrows(IllegalArgumentException.class, () -> ResultJson.parse("{\"value\": 1}"));
    }

    @Test
    void theTableShowsGraflowsFigureTheTargetAndWhySomethingWasSkipped() {
        String table = ResultTable.format(List.of(
                BenchmarkResult.measured("checkpoint.create", Map.of("pending", 100_000), 120.0, "ms",
                        Map.of("min", 100.0, "cpu_ms", 90.0)),
                BenchmarkResult.measured("checkpoint.resume", Map.of("pending", 100_000), 900.0, "ms", Map.of()),
                BenchmarkResult.skipped("startup.window", Map.of(), "ms", "no display here")));
        assertTrue(table.contains("1,960"), table);
        assertTrue(table.contains("<= 150") && table.contains("met"), table);
        assertTrue(table.contains("<= 200") && table.contains("missed"), table);
        assertTrue(table.contains("skipped") && table.contains("no display here"), table);
        assertTrue(table.contains("create_checkpoint, P=100,000"), table);
    }

    @Test
    void theSynthesisedSetHasGraflowsSchemaAndLayout() throws Exception {
        Path base = folder.resolve("graflow");
        GraflowSetSynthesizer.write(base, 3);
        String state = Files.readString(folder.resolve("graflow.state.json"));
        assertTrue(state.startsWith("{\n  \"schema_version\": \"1.0\",\n"), state);
        assertTrue(!state.endsWith("\n"), "no trailing newline, as json.dump writes it");
        JsonNode tree = JSON.readTree(state);
        assertEquals(List.of("schema_version", "session_id", "trace_id", "start_node", "steps", "completed_tasks",
                "cycle_counts", "backend", "pending_tasks", "resuming_task_id"), names(tree));
        JsonNode entry = tree.get("pending_tasks").get(2);
        assertEquals(List.of("task_id", "status", "created_at", "retry_count", "max_retries", "last_error"),
                names(entry));
        assertEquals("t2", entry.get("task_id").asText());
        JsonNode meta = JSON.readTree(folder.resolve("graflow.meta.json").toFile());
        assertEquals(GraflowSetSynthesizer.SESSION_ID + "_2_1795842257", meta.get("checkpoint_id").asText());
        assertTrue(meta.get("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00"));
        byte[] pickle = Files.readAllBytes(folder.resolve("graflow.pkl"));
        assertEquals((byte) 0x80, pickle[0]);
        assertEquals('.', pickle[pickle.length - 1]);
    }

    @Test
    void pythonFloatsHaveNoExponent() {
        assertEquals("1795842257.0149515", GraflowSetSynthesizer.pythonFloat(1795842257.0149515));
        assertEquals("1795842257.0", GraflowSetSynthesizer.pythonFloat(1795842257.0));
    }

    @Test
    void theCatalogSelectsInRunOrderAndRejectsUnknownNames() {
        BenchmarkCatalog catalog = new BenchmarkCatalog(Map.of());
        assertEquals(List.of("engine.chain", "engine.fanout", "engine.goto", "checkpoint.create", "checkpoint.resume",
                "inspect.graflow", "canvas.frame", "layout.elk", "startup.window"), catalog.names());
        assertEquals(List.of("engine.chain", "layout.elk"),
                catalog.select(List.of("layout.elk", "engine.chain")).stream().map(Benchmark::name).toList());
        assertThrows(IllegalArgumentException.class, () -> catalog.select(List.of("nope")));
    }

    @Test
    void theGridWorkflowHasAboutOneAndAHalfEdgesPerNode() {
        assertEquals(10_000, GridWorkflow.of(10_000).nodes().size());
        int edges = GridWorkflow.of(10_000).edges().size();
        assertTrue(edges > 14_000 && edges < 15_500, "edges: " + edges);
    }

    private static List<String> names(JsonNode node) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
