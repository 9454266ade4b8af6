package io.github.graflowstudio.document.kinds;

import static io.github.graflowstudio.document.Runs.chain;
import static io.github.graflowstudio.document.Runs.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graflowstudio.document.Runs;
import io.github.graflowstudio.engine.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell kind with real processes (skipped where /bin/sh is missing). */
class ShellKindTest {

    @BeforeEach
    void needsAShell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "/bin/sh is not available");
    }

    private static Runs.Outcome sh(String script, Map<String, Object> more) {
        Map<String, Object> config = new java.util.LinkedHashMap<>(more);
        config.put("argv", List.of("/bin/sh", "-c", script));
        return Runs.run(chain(node("cmd", "shell", config)));
    }

    @Test
    void stdoutIsTheResultWithoutTrailingLineBreaks() {
        Runs.Outcome outcome = sh("printf 'one\\ntwo\\n\\n'", Map.of());
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        assertEquals("one\ntwo", outcome.result("cmd"));
    }

    @Test
    void argumentsAreNotInterpretedByAShell() {
        Runs.Outcome outcome = Runs.run(chain(node("cmd", "shell", Map.of("argv",
                List.of("/bin/sh", "-c", "printf '%s|' \"$@\"", "sh", "a b", "$HOME", "*;rm")))));
        assertEquals("a b|$HOME|*;rm|", outcome.result("cmd"));
    }

    @Test
    void workingDirectoryAndEnvironmentAreApplied(@TempDir Path folder) throws Exception {
        Runs.Outcome outcome = sh("pwd; printf '%s' \"$GREETING\"",
                Map.of("cwd", folder.toString(), "env", Map.of("GREETING", "hi there")));
        assertEquals(folder.toRealPath() + "\nhi there", outcome.result("cmd"));
    }

    @Test
    void aNonZeroExitFailsWithTheCodeAndTheEndOfStderr() {
        Runs.Outcome outcome = sh("echo partial; echo 'it broke' >&2; exit 3", Map.of());
        assertEquals(RunStatus.FAILED, outcome.result().status());
        ShellCommandException error = assertInstanceOf(ShellCommandException.class, outcome.result().error().getCause());
        assertEquals(3, error.exitCode());
        assertEquals("/bin/sh failed with exit code 3: it broke", error.getMessage());
    }

    @Test
    void aTimeoutKillsTheProcessTree(@TempDir Path folder) throws Exception {
        Path marker = folder.resolve("survived");
        long started = System.nanoTime();
        Runs.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> sh("sleep 1 && touch '" + marker + "' & sleep 30", Map.of("timeoutMillis", 300)));
        assertTrue(System.nanoTime() - started < 3_000_000_000L, "returned long before the 30 s sleep");
        assertEquals(RunStatus.FAILED, outcome.result().status());
        assertTrue(outcome.result().errorMessage().contains("timed out after 300 ms"), outcome.result().errorMessage());
        Thread.sleep(1_500);
        assertTrue(Files.notExists(marker), "the child of the shell was killed too");
    }

    @Test
    void aMissingProgramFailsClearly() {
        Runs.Outcome outcome = Runs.run(chain(node("cmd", "shell", Map.of("argv", List.of("/no/such/program")))));
        assertEquals(RunStatus.FAILED, outcome.result().status());
        assertTrue(outcome.result().errorMessage().contains("cannot start /no/such/program"), outcome.result().errorMessage());
    }

    @Test
    void tooMuchOutputFails() {
        Runs.Outcome outcome = sh("head -c 2000000 /dev/zero", Map.of());
        assertEquals(RunStatus.FAILED, outcome.result().status());
        assertTrue(outcome.result().errorMessage().contains("more than 1048576 bytes"), outcome.result().errorMessage());
    }
}
