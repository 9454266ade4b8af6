package io.github.graflowstudio.document.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.kinds.expression.ExpressionEngine;
import io.github.graflowstudio.document.kinds.expression.ExpressionException;
import io.github.graflowstudio.document.kinds.expression.ExpressionScope;
import io.github.graflowstudio.document.kinds.expression.ExpressionTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JEXL sandbox: what expressions may do, what they may not, and that they stop in time. */
class ExpressionSandboxTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    private static ExpressionScope scope() {
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("fetch.__result__", Map.of("rows", List.of(1, 2, 3)));
        channel.put("fetch", "the key, not the result");
        channel.put("limit", 10);
        channel.put("items", new ArrayList<>(List.of("a", "b")));
        channel.put("settings", new LinkedHashMap<>(Map.of("mode", "fast")));
        channel.put("failed.__result__", new IllegalStateException("boom"));
        return ExpressionScope.ofChannel(channel, Map.of());
    }

    private static Object eval(String source) throws InterruptedException {
        return ExpressionEngine.shared().compile(source, "expression").evaluate(scope(), Duration.ofSeconds(2));
    }

    private static ExpressionException evalFails(String source) {
        return assertThrows(ExpressionException.class, () -> eval(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "size(fetch.rows) + limit|13",
        "fetch.rows[2] * 2|6",
        "results.fetch.rows[0]|1",
        "channel.fetch|the key, not the result",
        "channel['limit'] > 5|true",
        "'abc'.length() + 'xyz'.toUpperCase().indexOf('Z')|5",
        "settings.mode == 'fast' ? 'yes' : 'no'|yes",
        "settings.get('mode')|fast",
        "items.contains('b') && !items.isEmpty()|true",
        "'aaa' =~ 'a+'|true",
        "var total = 0; for (var row : fetch.rows) { total = total + row; } total|6",
        "nothing ?? 'default'|default",
        "failed['$error']|boom",
    })
    void plainDataIsReadable(String source, String expected) throws Exception {
        assertEquals(expected, String.valueOf(eval(source.replace("nothing ??", "channel.nothing ??"))));
    }

    @Test
    void resultsBecomePlainJsonValues() throws Exception {
        assertEquals(List.of(1L, 2L), eval("[1, 2]"));
        assertEquals(Map.of("a", 1L, "b", List.of("x")), eval("{'a': 1, 'b': ['x']}"));
        assertEquals(3L, eval("1 + 2"));
        assertEquals(1.5, eval("3.0 / 2"));
    }

    @Test
    void newIsRefusedWhenTheExpressionIsParsed() {
        ExpressionException error = assertThrows(ExpressionException.class, () -> ExpressionEngine.shared()
                .compile("new('java.lang.ProcessBuilder', 'touch', '/tmp/pwned').start()", "expression"));
        assertTrue(error.getMessage().contains("create instance error"), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x = 1|global assign",
        "var f = function(a) { a }; f(1)|function error",
        "var f = (a) -> a; f(1)|function error",
        "'#pragma jexl.import java.lang' + 1; #pragma jexl.import java.lang|pragma error",
        "@silent 1|annotation error",
    })
    void forbiddenSyntaxIsRefusedWhenParsed(String source, String expected) {
        ExpressionException error = assertThrows(ExpressionException.class,
                () -> ExpressionEngine.shared().compile(source, "expression"));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "''.getClass()|unsolvable function/method 'getClass'",
        "''.class|undefined property 'class'",
        "''.class.forName('java.lang.Runtime')|undefined property",
        "items.getClass().getClassLoader()|unsolvable function/method 'getClass'",
        "System.exit(1)|null value property '.exit'",
        "java.lang.Runtime.getRuntime().exec('ls')|null value property '.lang'",
        "Runtime|variable 'Runtime' is undefined",
        "items.add('c')|unsolvable function/method 'add(",
        "settings.put('mode', 'slow')|unsolvable function/method 'put(",
        "items.clear()|unsolvable function/method 'clear'",
        "'x'.repeat(10)|unsolvable function/method 'repeat(",
        "'a,b'.split(',')|unsolvable function/method 'split(",
        "items.iterator()|unsolvable function/method 'iterator'",
        "fetch.rows.stream()|unsolvable function/method 'stream'",
        "unknownName + 1|variable 'unknownName' is undefined",
        "channel.nothing.deeper|undefined property '.nothing'",
        "1 / 0|division by zero",
        "'x' + items|cannot add a array to a string",
    })
    void javaObjectsAndSideEffectsAreOutOfReach(String source, String expected) {
        ExpressionException error = evalFails(source);
        assertTrue(error.getMessage().contains(expected), error.getMessage());
        assertTrue(error.getMessage().startsWith("expression"), error.getMessage());
    }

    @Test
    void anInfiniteLoopIsCancelledAtItsTimeLimit() {
        ExpressionTimeoutException error = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                ExpressionTimeoutException.class, () -> ExpressionEngine.shared().compile("while (true) { }", "expression")
                        .evaluate(scope(), SHORT)));
        assertEquals("expression: the expression did not finish within 300 ms and was cancelled", error.getMessage());
    }

    @Test
    void aCatastrophicRegularExpressionIsCancelledToo() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(ExpressionTimeoutException.class,
                () -> ExpressionEngine.shared().compile("'" + "a".repeat(26) + "!' =~ '(.*a){20}'", "expression")
                        .evaluate(scope(), SHORT)));
    }

    @Test
    void growthIsBoundedBeforeMemoryRunsOut() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ExpressionException strings = evalFails("var s = 'x'; while (true) { s = s + s; }");
            assertTrue(strings.getMessage().contains("string longer than 1000000 characters"), strings.getMessage());
            ExpressionException numbers = evalFails("var n = 3; while (true) { n = n * n; }");
            assertTrue(numbers.getMessage().contains("integer larger than 4096 bits"), numbers.getMessage());
            ExpressionException shifts = evalFails("1 << 100000");
            assertTrue(shifts.getMessage().contains("shift by more than"), shifts.getMessage());
        });
    }

    @Test
    void rangesCanBeIterated() throws Exception {
        assertEquals(15L, eval("var sum = 0; for (var i : 1..5) { sum = sum + i; } sum"));
        assertEquals(true, eval("(1..5).contains(3)"));
    }

    @Test
    void hugeResultsAreRefused() {
        ExpressionException error = evalFails("var a = [1]; for (var i : 1..20) { a = [a, a]; } a");
        assertTrue(error.getMessage().contains("the result is too large"), error.getMessage());
    }

    @Test
    void manyEvaluationsCanRunAtOnce() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Object> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                try {
                    results.add(eval("limit * 2"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(java.util.Collections.nCopies(8, 20L), results);
    }
}
