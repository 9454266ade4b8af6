package io.github.graflowstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code bench}: the JSON contract of the headless benchmarks in a quick run (names, parameters,
 * units, positive numbers), name selection, and the table. No timing is asserted: the figures
 * depend on the machine's load.
 */
class BenchCommandTest {
    /** Benchmark name to its parameter names and unit. */
    private static final Map<String, List<String>> CONTRACT = Map.of(
            "engine.chain", List.of("us_per_task", "n"),
            "engine.fanout", List.of("us_per_member", "k", "executor"),
            "engine.goto", List.of("us_per_iteration", "n"),
            "checkpoint.create", List.of("ms", "pending"),
            "checkpoint.resume", List.of("ms", "pending"),
            "inspect.graflow", List.of("ms", "pending"),
            "layout.elk", List.of("ms", "nodes"));

    @Test
    void quickJsonRunOfTheHeadlessBenchmarksKeepsTheContract() {
        List<String> args = new ArrayList<>(List.of("bench", "--quick", "--json"));
        args.addAll(CONTRACT.keySet());
        CommandRunner run = CommandRunner.run(args.toArray(String[]::new));

        assertEquals(0, run.exitCode, run.err);
        JsonNode results = run.json();
        assertTrue(results.isArray() && results.size() > 0, run.out);
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode result : results) {
            String name = result.path("name").asText();
            List<String> expected = CONTRACT.get(name);
            assertTrue(expected != null, "unexpected benchmark " + result);
            seen.add(name);
            assertEquals(expected.get(0), result.path("unit").asText(), result.toString());
            JsonNode params = result.path("params");
            assertTrue(params.isObject(), result.toString());
            Set<String> keys = new LinkedHashSet<>();
            params.fieldNames().forEachRemaining(keys::add);
            assertEquals(Set.copyOf(expected.subList(1, expected.size())), keys, result.toString());
            JsonNode first = params.path(expected.get(1));
            assertTrue(first.isIntegralNumber() && first.asLong() > 0, result.toString());
            assertTrue(result.path("value").isNumber() && result.path("value").asDouble() > 0, result.toString());
            assertTrue(result.path("skipped").isMissingNode(), result.toString());
        }
        assertEquals(CONTRACT.keySet(), seen);
        assertEquals(2, countOf(results, "engine.fanout"), "direct and threads");
        assertTrue(run.err.contains("load average"), "the machine and its load are reported: " + run.err);
    }

    @Test
    void withoutJsonATableShowsGraflowsFigureColumnAndTheTargets() {
        CommandRunner run = CommandRunner.run("bench", "--quick", "engine.goto", "engine.chain");

        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("Graflow"), run.out);
        assertTrue(run.out.contains("target"), run.out);
        assertTrue(run.out.contains("engine.goto") && run.out.contains("engine.chain"), run.out);
        assertTrue(run.out.indexOf("engine.chain") < run.out.indexOf("engine.goto"), "catalog order: " + run.out);
        assertTrue(run.out.contains("load average"), run.out);
    }

    @Test
    void anUnknownNameIsAUsageErrorListingTheKnownOnes() {
        CommandRunner run = CommandRunner.run("bench", "--json", "engine.nope");

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("engine.nope") && run.err.contains("canvas.frame"), run.err);
        assertEquals("", run.out.trim());
    }

    private static int countOf(JsonNode results, String name) {
        int count = 0;
        for (JsonNode result : results) {
            if (name.equals(result.path("name").asText())) {
                count++;
            }
        }
        return count;
    }
}
