package io.github.graflowstudio.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code installer/jpackage.sh}: always a syntax check ({@code bash -n}), the file association's
 * keys and the virtual machine's options (the same as {@code mvn javafx:run}'s); with {@code -Dstudio.installer=true} also a real app-image build (about a minute, runs
 * Maven and jpackage) whose launcher must answer {@code --version} and validate a sample.
 */
class InstallerScriptTest {
    private static final Path SCRIPT = Path.of("installer", "jpackage.sh");
    private static final Path LAUNCHER = Path.of("target", "installer", "graflow-studio", "bin", "graflow-studio");

    @Test
    void theScriptIsValidBash() throws Exception {
        assumeTrue(onPath("bash"), "bash is not installed");
        Result result = run(List.of("bash", "-n", SCRIPT.toString()), 60);
        assertEquals(0, result.exitCode, result.output);
    }

    @Test
    void theFileAssociationNamesTheWorkflowExtensionAndMimeType() throws IOException {
        Properties association = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("installer", "flow-json.properties"))) {
            association.load(in);
        }
        assertEquals("flow.json", association.getProperty("extension"));
        assertEquals("application/x-graflow-flow+json", association.getProperty("mime-type"));
        assertTrue(Files.isRegularFile(Path.of(association.getProperty("icon"))), association.getProperty("icon"));
    }

    @Test
    void theAppImageStartsTheVirtualMachineAsMavenRunDoes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
        Set<String> runOptions = new TreeSet<>();
        Matcher option = Pattern.compile("<option>(-XX:[^<]+)</option>").matcher(plugin);
        while (option.find()) {
            runOptions.add(option.group(1));
        }
        Set<String> imageOptions = new TreeSet<>();
        Matcher scriptOption = Pattern.compile("(?:--java-options '|--add-options=)(-XX:[^'\\s\"]+)")
                .matcher(Files.readString(SCRIPT));
        while (scriptOption.find()) {
            imageOptions.add(scriptOption.group(1));
        }
        assertTrue(runOptions.containsAll(Set.of("-XX:+UseZGC", "-XX:ThreadPriorityPolicy=1",
                "-XX:CompilerThreadPriority=10")), "javafx:run options: " + runOptions);
        assertEquals(runOptions, imageOptions, "the app-image's launcher and `mvn javafx:run` start the JVM alike");
    }

    @Test
    void theAppImageBuildsAndItsLauncherRunsTheCommandLine() throws Exception {
        assumeTrue(Boolean.getBoolean("studio.installer"), "set -Dstudio.installer=true to build the app-image");
        Result build = run(List.of("bash", SCRIPT.toString(), "app-image"), 900);
        assertEquals(0, build.exitCode, build.output);
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " missing; build output:\n" + build.output);

        Result version = run(List.of(LAUNCHER.toString(), "--version"), 120);
        assertEquals(0, version.exitCode, version.output);
        assertTrue(version.output.contains("Graflow Studio"), version.output);
        Result validate = run(List.of(LAUNCHER.toString(), "validate", "assets/samples/etl.flow.json"), 120);
        assertEquals(0, validate.exitCode, validate.output);
        assertTrue(validate.output.contains("0 error(s)"), validate.output);
        assertFalse(validate.output.contains("ThreadPriorityPolicy"), "no warning about the policy: " + validate.output);
        Path config = LAUNCHER.getParent().resolveSibling(Path.of("lib", "app", "graflow-studio.cfg"));
        String launcherConfig = Files.readString(config);
        assertTrue(launcherConfig.contains("java-options=-XX:CompilerThreadPriority=10"), launcherConfig);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("installer-test", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeoutSeconds + " s:\n" + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
