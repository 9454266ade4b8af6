package io.github.graflowstudio.document.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.document.kinds.expression.ExpressionEngine;
import io.github.graflowstudio.document.kinds.expression.ExpressionScope;
import io.github.graflowstudio.document.values.JsonValues;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionTranslatorTest {
    /** Expressions whose Python translation must give what JEXL gives ("error" when both fail). */
    private static final List<String> EXPRESSIONS = List.of(
            "a + b", "a - b * 2", "a / 2", "b / 2", "a % 3", "b % 2", "a / 2.0", "f * 2", "s + a", "'x' + f",
            "'on: ' + flag", "a > b && flag", "!flag || a == 7", "a eq 7 and not flag", "m.k + m.list[2]",
            "size(m.list)", "empty(m.list)", "empty(nothing)", "nothing ?? 'default'", "undefinedName ?? 5",
            "results.a", "channel.s", "task.cycle + task.maxCycles", "a > 5 ? 'big' : 'small'",
            "a < 5 ? 'big' : b < 0 ? 'negative' : 'other'", "s ?: 'fallback'", "{'x': a, 'y': [b, s]}",
            "[1, 2.5, 'three', true, null]", "(a + b) * (a - b)", "-a + b", "'it\\'s' + \"q\\\"q\"",
            "'\\u00e9\\t\\n' + 'back\\\\slash'", "a lt 8 && b le -3 && a gt 6 && a ge 7 && a ne 8",
            "7 div 2 + 7 mod 4", "m['k']", "1 < 2 == true", "10 - 2 - 3", "2 * 3 % 4", "-7 / 2", "-7 % 3",
            "1.5e2 + 0.25", "m.missing", "{:}", "[]", "nothing + 1", "undefinedName + 1", "a / 0", "s.length",
            "a; ", "// comment\n a /* inner */ + 1 ## end");

    @Test
    void translatesOperatorsWithFullParentheses() {
        assertEquals("((_lookup(ctx, \"a\") < _lookup(ctx, \"b\")) < _lookup(ctx, \"c\"))",
                ExpressionTranslator.translate("a < b < c"));
        assertEquals("_add(1, (2 * 3))", ExpressionTranslator.translate("1 + 2 * 3"));
        assertEquals("((not True) or (False and None))", ExpressionTranslator.translate("!true || false && null"));
        assertEquals("_coalesce(lambda: _member(_lookup(ctx, \"results\"), \"x\"), lambda: 0)",
                ExpressionTranslator.translate("results.x ?? 0"));
        assertEquals("(\"y\" if _lookup(ctx, \"c\") else \"n\")", ExpressionTranslator.translate("c ? 'y' : 'n'"));
        assertEquals("_lookup(ctx, \"class\")", ExpressionTranslator.translate("class"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"var a = 1; a", "x.foo()", "size(x).y()", "f(1)", "a =~ b", "a === b", "1 .. 3",
            "010", "0x1F", "10l", "`t ${a}`", "{1, 2}", "a & b", "a | b", "~a", "a << 1", "x = 1", "a?.b",
            "a ? b", "a; b", "'unclosed", "'bad \\q escape'", "/* open", "a.0", "if (a) b", "new('x')", "@a", "a b",
            "x -> x", "a += 1"})
    void refusesWhatIsOutsideTheSubset(String source) {
        assertThrows(UntranslatableException.class, () -> ExpressionTranslator.translate(source));
    }

    @Test
    void refusesNestingPythonCannotParse() {
        String deep = "(".repeat(150) + "1" + ")".repeat(150);
        assertThrows(UntranslatableException.class, () -> ExpressionTranslator.translate(deep));
        String longChain = "1" + " + 1".repeat(150);
        assertThrows(UntranslatableException.class, () -> ExpressionTranslator.translate(longChain));
        assertEquals("_add(_add(1, 1), 1)", ExpressionTranslator.translate("1 + 1 + 1"));
    }

    @Test
    void stringEscapesDecodeAsJexlDecodesThem() throws Exception {
        for (String literal : List.of("'a\\nb'", "'it\\'s'", "\"q\\\"q\"", "'\\u00e9'", "'back\\\\slash'",
                "'tab\\there'", "'\\b\\f\\r'", "\"mixed 'quotes'\"")) {
            Object jexl = ExpressionEngine.shared().compile(literal, "test")
                    .evaluate(ExpressionScope.ofChannel(Map.of(), Map.of()));
            List<ExpressionToken> tokens = ExpressionLexer.tokens(literal);
            assertEquals(ExpressionToken.Type.STRING, tokens.get(0).type(), literal);
            assertEquals(jexl, tokens.get(0).text(), literal);
        }
    }

    @Test
    void translationsAgreeWithJexl(@TempDir Path folder) throws Exception {
        Optional<Path> python = ExternalTools.find("python3");
        assumeTrue(python.isPresent(), "python3 is not installed");
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("a.__result__", 7L);
        channel.put("b.__result__", -3L);
        channel.put("s", "text");
        channel.put("m.__result__", Map.of("k", 2L, "list", List.of(1L, 2L, 3L)));
        channel.put("f", 2.5);
        channel.put("flag", true);
        channel.put("nothing", null);
        Map<String, Object> task = Map.of("id", "t", "baseId", "t", "cycle", 1L, "maxCycles", 10L, "retry", 0L,
                "maxRetries", 0L);

        List<Object> expected = new ArrayList<>();
        StringBuilder program = new StringBuilder("import json\nimport math\nimport re\n\n")
                .append(PythonHelpers.EXPRESSIONS).append("""


                class _Channel:
                    def __init__(self, data):
                        self.data = data

                    def get(self, key, default=None):
                        return self.data.get(key, default)

                    def exists(self, key):
                        return key in self.data

                    def keys(self):
                        return list(self.data)


                class _Context:
                    task_id = "t"
                    cycle_count = 1
                    max_cycles = 10
                    retry_count = 0
                    max_retries = 0

                    def __init__(self, data):
                        self.channel = _Channel(data)

                    def get_channel(self):
                        return self.channel


                ctx = _Context(json.loads(
                """).append(PythonSyntax.string(new ObjectMapper().writeValueAsString(channel))).append("))\n")
                .append("out = []\n");
        for (String expression : EXPRESSIONS) {
            expected.add(jexl(expression, channel, task));
            program.append("try:\n    out.append(").append(ExpressionTranslator.translate(expression))
                    .append(")\nexcept Exception:\n    out.append(\"error\")\n");
        }
        program.append("print(json.dumps(out))\n");
        Path script = folder.resolve("expressions.py");
        Files.writeString(script, program, StandardCharsets.UTF_8);
        ExternalTools.Result result = ExternalTools.run(List.of(python.get().toString(), script.toString()), Map.of(),
                folder);
        assertEquals(0, result.exitCode(), result.err());
        List<?> actual = new ObjectMapper().readValue(result.out(), List.class);
        assertEquals(EXPRESSIONS.size(), actual.size());
        for (int i = 0; i < EXPRESSIONS.size(); i++) {
            assertEquals(expected.get(i), JsonValues.freeze(actual.get(i)), "expression " + EXPRESSIONS.get(i));
        }
        assertTrue(expected.contains("error"), "the list should hold failing expressions too");
    }

    private static Object jexl(String expression, Map<String, Object> channel, Map<String, Object> task) {
        try {
            Object value = ExpressionEngine.shared().compile(expression, "test")
                    .evaluate(ExpressionScope.ofChannel(channel, Map.of("task", task)));
            return JsonValues.freeze(JsonValues.toPlain(value));
        } catch (RuntimeException | InterruptedException e) {
            return "error";
        }
    }
}
