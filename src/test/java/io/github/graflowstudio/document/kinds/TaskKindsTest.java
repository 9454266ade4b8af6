package io.github.graflowstudio.document.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry, the field descriptors and each kind's config validation. */
class TaskKindsTest {
    private final TaskKinds kinds = TaskKinds.builtIn();

    private List<ConfigProblem> errors(String kind, Map<String, Object> config) {
        return kinds.get(kind).validate(config).stream().filter(problem -> !problem.warning()).toList();
    }

    @Test
    void builtInKindsAreRegisteredInOrder() {
        assertEquals(List.of("echo", "expr", "branch", "loop", "sleep", "fail", "terminate", "cancel", "shell", "http",
                "java", "checkpoint", "noop"), kinds.names());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> kinds.get("python"));
        assertTrue(unknown.getMessage().startsWith("unknown task kind 'python'. Known kinds: [echo, expr"));
    }

    @Test
    void everyKindDescribesItselfForAForm() {
        for (TaskKind kind : kinds.all()) {
            assertFalse(kind.description().isBlank(), kind.name());
            for (ConfigField field : kind.fields()) {
                assertFalse(field.help().isBlank(), kind.name() + "." + field.name());
                if (field.required()) {
                    assertEquals(null, field.defaultValue(), kind.name() + "." + field.name());
                }
            }
        }
        ConfigField millis = kinds.get("sleep").field("millis").orElseThrow();
        assertEquals(FieldType.INTEGER, millis.type());
        assertTrue(millis.required());
        assertEquals(FieldType.NODE_ID, kinds.get("branch").field("ifTrue").orElseThrow().type());
        assertEquals(Map.of("method", "GET", "timeoutMillis", 30_000L, "fullResponse", false),
                kinds.get("http").defaultConfig());
    }

    @Test
    void kindTasksReferToTheirKindAndConfig() {
        Task task = kinds.createTask("hello", "echo", Map.of("value", 42), TaskOptions.DEFAULTS);
        assertEquals(new TaskReference.Kind("echo", Map.of("value", 42L)), task.reference());
        Task noop = kinds.createTask("n", "noop", Map.of(), TaskOptions.retries(2));
        assertEquals(new TaskReference.Kind("noop", Map.of()), noop.reference());
        assertEquals(2, noop.options().maxRetries());
    }

    @Test
    void invalidConfigsAreRefusedWhenMakingTasks() {
        InvalidConfigException error = assertThrows(InvalidConfigException.class,
                () -> kinds.createTask("nap", "sleep", Map.of("millis", -5), TaskOptions.DEFAULTS));
        assertEquals("node 'nap' (sleep): field 'millis' must be between 0 and 86400000, was -5", error.getMessage());
        assertEquals("millis", error.problems().get(0).field());
    }

    @Test
    void unknownFieldsAreWarningsThatNameTheKnownFields() {
        List<ConfigProblem> problems = kinds.get("echo").validate(Map.of("vaule", 1));
        assertEquals(List.of(ConfigProblem.warning("vaule", "unknown field 'vaule' (kind 'echo' has [value])")), problems);
        assertInstanceOf(Task.class, kinds.createTask("e", "echo", Map.of("vaule", 1), TaskOptions.DEFAULTS));
    }

    @Test
    void referencesAreTheNodeIdFields() {
        Map<String, Object> branch = Map.of("condition", "true", "ifTrue", "yes", "ifFalse", "no");
        assertEquals(List.of("yes", "no"), kinds.referencedIds("branch", branch));
        assertEquals(List.of("after"), kinds.referencedIds("loop", Map.of("then", "after")));
        assertEquals(List.of(), kinds.referencedIds("unknown-kind", Map.of("then", "x")));
        assertEquals(Map.of("condition", "true", "ifTrue", "si", "ifFalse", "no"),
                kinds.renameReferences("branch", branch, "yes", "si"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "expr|{}|expression|missing field 'expression' (an expression string)",
        "expr|{\"expression\": \"1 +\"}|expression|field 'expression' is not a valid expression: expression@1:3 parsing error in '+'",
        "expr|{\"expression\": \"1\", \"store\": \" \"}|store|field 'store' must not be blank",
        "expr|{\"expression\": \"1\", \"timeoutMillis\": 0}|timeoutMillis|field 'timeoutMillis' must be between 1 and 60000, was 0",
        "branch|{\"condition\": 3}|condition|field 'condition' must be an expression string, was number",
        "branch|{\"condition\": \"true\", \"ifTrue\": \"\"}|ifTrue|field 'ifTrue' must not be blank",
        "loop|{\"count\": 0}|count|field 'count' must be between 1 and 2147483647, was 0",
        "loop|{\"until\": \"new('java.io.File', 'x')\"}|until|field 'until' is not a valid expression: until@1:1 create instance error in 'new(..., ...)'",
        "sleep|{}|millis|missing field 'millis' (a whole number)",
        "sleep|{\"millis\": 1.5}|millis|field 'millis' must be a whole number, was number",
        "fail|{\"failures\": -1}|failures|field 'failures' must be between 0 and 1000, was -1",
        "fail|{\"message\": 3}|message|field 'message' must be a string, was number",
        "terminate|{\"message\": true}|message|field 'message' must be a string, was boolean",
        "shell|{}|argv|missing field 'argv' (an array of strings)",
        "shell|{\"argv\": []}|argv|field 'argv' must start with a program name",
        "shell|{\"argv\": [\"ls\", 3]}|argv|field 'argv' must be an array of strings, was array",
        "shell|{\"argv\": [\"ls\"], \"env\": {\"A=B\": \"x\"}}|env|field 'env' has an invalid variable name 'A=B'",
        "shell|{\"argv\": [\"ls\"], \"env\": {\"A\": 1}}|env|field 'env' must be an object of strings, was object",
        "http|{}|url|missing field 'url' (a string)",
        "http|{\"url\": \"ftp://example.com/x\"}|url|field 'url' must be an http:// or https:// URL, was 'ftp://example.com/x'",
        "http|{\"url\": \"http://\"}|url|field 'url' is not a valid URL: Expected authority at index 7: http://",
        "http|{\"url\": \"http://h\", \"method\": \"FETCH\"}|method|field 'method' must be one of [GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS], was 'FETCH'",
        "http|{\"url\": \"http://h\", \"headers\": {\"Host\": \"x\"}}|headers|header 'Host' is set by the HTTP client and cannot be configured",
        "java|{}|class|missing field 'class' (a class name string)",
        "java|{\"class\": \"com.example.Missing\"}|class|class 'com.example.Missing' was not found on the class path",
        "java|{\"class\": \"java.lang.String\"}|class|class 'java.lang.String' does not implement io.github.graflowstudio.engine.TaskBody",
        "checkpoint|{\"immediate\": \"yes\"}|immediate|field 'immediate' must be true or false, was string",
        "checkpoint|{\"metadata\": []}|metadata|field 'metadata' must be a JSON object, was array",
        "checkpoint|{\"path\": \"\"}|path|field 'path' must not be blank",
    })
    void configErrorsNameTheField(String kind, String json, String field, String message) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> config = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        List<ConfigProblem> errors = errors(kind, config);
        assertEquals(List.of(ConfigProblem.error(field, message)), errors, kind + " " + json);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "echo|{}",
        "echo|{\"value\": [1, {\"a\": null}]}",
        "expr|{\"expression\": \"a + 1\", \"store\": \"k\", \"timeoutMillis\": 500}",
        "branch|{\"condition\": \"x > 1\", \"ifTrue\": \"a\"}",
        "loop|{}",
        "loop|{\"body\": \"iteration\", \"until\": \"value > 3\", \"count\": 5, \"then\": \"x\", \"store\": \"s\"}",
        "sleep|{\"millis\": 0}",
        "fail|{}",
        "terminate|{}",
        "cancel|{\"message\": \"stop\"}",
        "shell|{\"argv\": [\"echo\", \"hi\"], \"cwd\": \".\", \"env\": {\"A\": \"1\"}, \"timeoutMillis\": 1000}",
        "http|{\"url\": \"https://example.com/api?q=1\", \"method\": \"post\", \"body\": {\"a\": 1}, \"headers\": {\"X-Token\": \"t\"}}",
        "java|{\"class\": \"io.github.graflowstudio.document.kinds.GreetingTask\"}",
        "checkpoint|{\"immediate\": true, \"path\": \"cp/x\", \"metadata\": {\"k\": 1}}",
        "noop|{}",
    })
    void validConfigsHaveNoErrors(String kind, String json) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> config = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        assertEquals(List.of(), kinds.get(kind).validate(config), kind + " " + json);
    }
}
