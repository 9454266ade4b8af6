package io.github.graflowstudio.document.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraflowPythonExporterTest {
    private static final Pattern FUNCTION = Pattern.compile("^    def ([A-Za-z0-9_]+)\\(", Pattern.MULTILINE);

    @Test
    void everySampleAndTheOddIdsAreValidPython(@TempDir Path folder) throws Exception {
        Optional<Path> python = ExternalTools.find("python3");
        assumeTrue(python.isPresent(), "python3 is not installed");
        Map<String, WorkflowDocument> documents = new LinkedHashMap<>();
        ExportDocuments.SAMPLES.forEach(name -> documents.put(name, ExportDocuments.sample(name)));
        documents.put("odd-ids", ExportDocuments.oddIds());
        documents.put("everything", everyKind());
        for (Map.Entry<String, WorkflowDocument> entry : documents.entrySet()) {
            Path script = folder.resolve(entry.getKey() + ".py");
            Files.writeString(script, new GraflowPythonExporter().export(entry.getValue()), StandardCharsets.UTF_8);
            ExternalTools.Result result = ExternalTools.pythonParse(python.get(), script);
            assertEquals(0, result.exitCode(), () -> entry.getKey() + ": " + result.err());
        }
    }

    @Test
    void scriptIsAsciiAndKeepsEveryIdExactInItsDecorator() {
        String script = new GraflowPythonExporter().export(ExportDocuments.oddIds());
        assertTrue(script.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), "not ASCII");
        for (String id : ExportDocuments.ODD_IDS) {
            assertTrue(script.contains("    @task(" + PythonSyntax.string(id) + ")\n"), () -> "no decorator for " + id);
        }
        assertTrue(script.contains("@task(\"\\u00fcn\\u00efc\\u00f6d\\u00e9\")"), script);
        assertTrue(script.contains("@task(\"line\\nbreak\")"), script);
        assertTrue(script.contains("@task(\"\\U0001f680\")"), script);
        assertTrue(script.contains("@task(\"\\ud800lonely\")"), script);
    }

    @Test
    void functionNamesAreUniqueIdentifiersThatShadowNothing() {
        String script = new GraflowPythonExporter().export(ExportDocuments.oddIds());
        Matcher matcher = FUNCTION.matcher(script);
        Set<String> names = new HashSet<>();
        List<String> all = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
            all.add(matcher.group(1));
        }
        assertEquals(ExportDocuments.ODD_IDS.size() + 1, all.size());
        assertEquals(all.size(), names.size(), all.toString());
        for (String name : all) {
            assertFalse(PythonSyntax.KEYWORDS.contains(name), name);
            assertFalse(name.startsWith("_"), name);
            assertFalse(Character.isDigit(name.charAt(0)), name);
            assertFalse(Set.of("task", "ctx", "workflow", "wf").contains(name), name);
        }
        assertTrue(all.containsAll(List.of("has_space", "a_b", "a_b_2", "task_1st", "class_", "task_2", "task__private",
                "task__n_c_d_", "ctx_2")), all.toString());
    }

    @Test
    void groupsGetGraflowsCanonicalPolicies() {
        String script = new GraflowPythonExporter().export(ExportDocuments.oddIds());
        assertTrue(script.contains("""
                    inner_group = parallel(line_break, a_b)
                    inner_group.set_group_name("inner group")
                    inner_group.with_execution(policy={"type": "at_least_n", "min_success": 1})
                    group__one_ = ParallelGroup([quote_d, task__n_c_d_, inner_group])
                    group__one_.set_group_name("group \\"one\\"")
                    group__one_.with_execution(policy="strict")
                    critical_group = parallel(a_b_2, a_b_3)
                    critical_group.set_group_name("critical\\\\group")
                    critical_group.with_execution(policy={"type": "critical", "critical_task_ids": ["a?b"]})
                """), script);
        assertTrue(script.contains("from graflow.core.task import ParallelGroup\n"), script);
        assertTrue(script.contains("    # edge decide\" -> nowhere \"x\" left out: nowhere \"x\" does not exist\n"),
                script);
        assertTrue(script.contains("    group__one_ >> has_space\n"), script);
    }

    @Test
    void bestEffortAndUnknownPoliciesAndRetries() {
        WorkflowDocument document = WorkflowDocument.of("options", List.of(
                        WorkflowNode.of("a", "noop", Map.of()).withMaxRetries(2),
                        WorkflowNode.of("b", "noop", Map.of()).withMaxRetries(1)
                                .withRetryBackoff(RetryBackoff.of(1500, 3.0, 10_000, true)).withMaxCycles(4)),
                List.of(),
                List.of(WorkflowGroup.of("g1", List.of("a", "b"), GroupPolicySpec.bestEffort()),
                        WorkflowGroup.of("g2", List.of("a", "b"), new GroupPolicySpec("odd", null, null, Map.of()))));
        String script = new GraflowPythonExporter(50).export(document);
        assertTrue(script.contains("    @task(\"a\", max_retries=2)\n    def a():\n        return None\n"), script);
        assertTrue(script.contains("    @task(\"b\", inject_context=True, retry_policy=RetryPolicy(max_retries=1, "
                + "initial_interval=1.5, backoff_factor=3.0, max_interval=10, jitter=True), max_cycles=4)\n"
                + "    def b(ctx: TaskExecutionContext):\n        _check_cycles(ctx)\n        return None\n"), script);
        assertTrue(script.contains("g1.with_execution(policy=\"best_effort\")"), script);
        assertTrue(script.contains("    # policy odd has no Graflow form: Graflow's default (strict) applies\n"), script);
        assertTrue(script.contains("from graflow import RetryPolicy, TaskExecutionContext, parallel, task, workflow\n"),
                script);
        assertTrue(script.endsWith("\n\nif __name__ == \"__main__\":\n    # No single start node: Graflow picks the only"
                + " node without predecessors.\n    wf.execute(max_steps=50)\n"), script);
    }

    @Test
    void kindsWithoutTranslationRaiseNotImplementedErrorWithTheirConfig() {
        String script = new GraflowPythonExporter().export(everyKind());
        assertTrue(script.contains("""
                    @task("run")
                    def run():
                        # Not translated: kind 'shell' has no Graflow translation.
                        # config: {"argv": ["echo", "hi"]}
                        raise NotImplementedError("task 'run' (kind 'shell'): kind 'shell' has no Graflow translation")
                """), script);
        assertTrue(script.contains("raise NotImplementedError(\"task 'mystery' (kind 'nope'): kind 'nope' is unknown\")"),
                script);
        assertTrue(script.contains("Not translated (they raise NotImplementedError when they run): run (shell), "
                + "fetch (http), call (java), save (checkpoint), again (loop), mystery (nope), broken (sleep), "
                + "stmt (expr)."), script);
        assertTrue(script.contains("""
                    @task("nap")
                    def nap():
                        time.sleep(0.25)
                        return None
                """), script);
        assertTrue(script.contains("""
                    @task("stop", inject_context=True)
                    def stop(ctx: TaskExecutionContext):
                        ctx.terminate_workflow("Workflow terminated")
                        return None
                """), script);
        assertTrue(script.contains("        ctx.cancel_workflow(\"no \\\"way\\\"\")\n"), script);
        assertTrue(script.contains("""
                        if ctx.retry_count < 1:
                            raise RuntimeError("planned failure")
                        return [1, 2.5, None, True, {"k": "v"}]
                """), script);
        assertTrue(script.contains("""
                        outcome = _condition((_lookup(ctx, "x") > 1))
                        if not outcome:
                            ctx.next_task(nap, goto=True)
                        return outcome
                """), script);
    }

    @Test
    void deeplyNestedValuesFallBackToJsonLoads() {
        Object value = "leaf";
        for (int i = 0; i < 60; i++) {
            value = List.of(value);
        }
        WorkflowDocument document = WorkflowDocument.of("deep", List.of(WorkflowNode.of("deep", "echo",
                Map.of("value", value))), List.of(), List.of());
        String script = new GraflowPythonExporter().export(document);
        assertTrue(script.contains("        return json.loads(\"[[[["), script);
        assertTrue(script.startsWith("\"\"\"") && script.contains("\nimport json\n"), script);
    }

    @Test
    void maxStepsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new GraflowPythonExporter(0));
    }

    /** One node of every kind, plus an unknown kind, an invalid config and an untranslatable expression. */
    static WorkflowDocument everyKind() {
        List<WorkflowNode> nodes = List.of(
                WorkflowNode.of("start", "echo", Map.of("value", "go")),
                WorkflowNode.of("x", "expr", Map.of("expression", "1 + 2 * 3 - 4 / 3 % 2", "store", "x_key")),
                WorkflowNode.of("check", "branch", Map.of("condition", "x > 1", "ifFalse", "nap")),
                WorkflowNode.of("nap", "sleep", Map.of("millis", 250)),
                WorkflowNode.of("flaky", "fail", mapOf("value", java.util.Arrays.asList(1, 2.5, null, true,
                        Map.of("k", "v")))),
                WorkflowNode.of("stop", "terminate", Map.of()),
                WorkflowNode.of("abort", "cancel", Map.of("message", "no \"way\"")),
                WorkflowNode.of("idle", "noop", Map.of()),
                WorkflowNode.of("run", "shell", Map.of("argv", List.of("echo", "hi"))),
                WorkflowNode.of("fetch", "http", Map.of("url", "http://127.0.0.1:1/")),
                WorkflowNode.of("call", "java", Map.of("class", "x.Y")),
                WorkflowNode.of("save", "checkpoint", Map.of()),
                WorkflowNode.of("again", "loop", Map.of("count", 2)),
                WorkflowNode.of("mystery", "nope", Map.of()),
                WorkflowNode.of("broken", "sleep", Map.of()),
                WorkflowNode.of("stmt", "expr", Map.of("expression", "var a = 1; a")));
        List<WorkflowEdge> edges = new ArrayList<>();
        for (int i = 1; i < nodes.size(); i++) {
            edges.add(WorkflowEdge.of(nodes.get(i - 1).id(), nodes.get(i).id()));
        }
        return WorkflowDocument.of("every kind", nodes, edges, List.of());
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }
}
