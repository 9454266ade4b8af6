package io.github.graflowstudio.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code installer/jpackage.sh}: always a syntax check ({@code bash -n}), the file association's
 * keys and the virtual machine's options (the same as {@code mvn javafx:run}'s on Linux); with
 * {@code -Dstudio.installer=true} also a real app-image build (about a minute, runs Maven and
 * jpackage) whose launcher must answer {@code --version}, validate a sample and start its virtual
 * machine with those options.
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
        String pom = Files.readString(Path.of("pom.xml")).replaceAll("(?s)<!--.*?-->", "");
        Set<String> runOptions = new TreeSet<>();
        String pluginName = "<artifactId>javafx-maven-plugin</artifactId>";
        for (int at = pom.indexOf(pluginName); at >= 0; at = pom.indexOf(pluginName, at + 1)) {
            Matcher option = Pattern.compile("<option>([^<]+)</option>")
                    .matcher(pom.substring(at, pom.indexOf("</plugin>", at)));
            while (option.find()) {
                runOptions.add(option.group(1).strip());
            }
        }
        String script = Files.readString(SCRIPT).lines().filter(line -> !line.strip().startsWith("#"))
                .collect(Collectors.joining("\n"));
        Set<String> imageOptions = new TreeSet<>();
        Matcher scriptOption = Pattern.compile("--java-options '([^']+)'|--add-options=([^\\s\"']+)")
                .matcher(script);
        while (scriptOption.find()) {
            imageOptions.add(scriptOption.group(1) != null ? scriptOption.group(1) : scriptOption.group(2));
        }
        assertTrue(runOptions.containsAll(Set.of("-XX:+UseZGC", "-XX:ThreadPriorityPolicy=1",
                "-XX:CompilerThreadPriority=10")), "javafx:run options (main and Linux profile): " + runOptions);
        assertEquals(runOptions, imageOptions,
                "the app-image's launcher and `mvn javafx:run` on Linux start the JVM alike");
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

        // The options must reach the VM: the policy from inside the runtime image (so HotSpot does not
        // warn an ordinary user about it), the rest from the launcher.
        Result flags = run(List.of(LAUNCHER.toString(), "--version"),
                Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal"), 120);
        assertTrue(Pattern.compile("ThreadPriorityPolicy\\s+=\\s+1\\s.*\\{jimage}").matcher(flags.output).find(),
                flags.output);
        assertTrue(Pattern.compile("CompilerThreadPriority\\s+=\\s+10\\b").matcher(flags.output).find(), flags.output);
        assertTrue(Pattern.compile("UseZGC\\s+=\\s+true\\b").matcher(flags.output).find(), flags.output);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        return run(command, Map.of(), timeoutSeconds);
    }

    private static Result run(List<String> command, Map<String, String> environment, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("installer-test", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
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
