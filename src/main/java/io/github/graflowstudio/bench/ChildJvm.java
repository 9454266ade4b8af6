package io.github.graflowstudio.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts the JavaFX benchmarks in a child JVM: the same {@code java} binary and class path as
 * this process, the software renderer ({@code -Dprism.order=sw}), the desktop's display when
 * {@code DISPLAY} is set, else Monocle's headless platform if it is on the class path (it is a
 * test dependency). Collects the JSON lines the child prints. Immutable and thread-safe.
 */
final class ChildJvm {
    /** The child's main class (named, not referenced: this package must not depend on the UI). */
    static final String UI_MAIN = "io.github.graflowstudio.ui.bench.UiBenchMain";
    private static final String MONOCLE_CLASS = "com/sun/glass/ui/monocle/MonoclePlatformFactory.class";
    private static final long TIMEOUT_MINUTES = 15;

    private final Path java;
    private final String classPath;
    private final List<String> platformOptions;

    private ChildJvm(Path java, String classPath, List<String> platformOptions) {
        this.java = java;
        this.classPath = classPath;
        this.platformOptions = platformOptions;
    }

    /**
     * The child JVM set-up for this process, or a reason why the JavaFX benchmarks cannot run here.
     *
     * @param environment the environment (to look up {@code DISPLAY})
     * @return the set-up, or empty with {@code reason[0]} set
     */
    static Optional<ChildJvm> forThisProcess(Map<String, String> environment, String[] reason) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) {
            reason[0] = "this runtime has no java launcher (" + java + "), so no child JVM can be started";
            return Optional.empty();
        }
        String display = environment.get("DISPLAY");
        List<String> options = new ArrayList<>(List.of("-Dprism.order=sw"));
        if (display == null || display.isBlank()) {
            if (ClassLoader.getSystemResource(MONOCLE_CLASS) == null) {
                reason[0] = "no display (DISPLAY is not set) and Monocle is not on the class path (it is a test"
                        + " dependency); run under xvfb-run or with a desktop";
                return Optional.empty();
            }
            options.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.text=t2k"));
        }
        return Optional.of(new ChildJvm(java, System.getProperty("java.class.path"), List.copyOf(options)));
    }

    /** Whether the child runs on Monocle (no display). */
    boolean headless() {
        return platformOptions.contains("-Dglass.platform=Monocle");
    }

    /**
     * Runs {@code UiBenchMain} with the arguments and returns the results it printed.
     *
     * @throws BenchmarkException if the child fails, times out or prints no result
     */
    List<BenchmarkResult> run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(platformOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(UI_MAIN);
        command.addAll(arguments);
        Path errors = null;
        Process process = null;
        try {
            errors = Files.createTempFile("graflow-bench-child", ".err");
            process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            process.getOutputStream().close();
            List<BenchmarkResult> results = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("{")) {
                        results.add(ResultJson.parse(line));
                    }
                }
            }
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                throw new BenchmarkException("the UI benchmark JVM did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0 || results.isEmpty()) {
                throw new BenchmarkException("the UI benchmark JVM exited with " + process.exitValue() + " and "
                        + results.size() + " result(s); its last error lines:\n" + tail(errors));
            }
            return results;
        } catch (IOException e) {
            throw new BenchmarkException("cannot run the UI benchmark JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted while waiting for the UI benchmark JVM", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            if (errors != null) {
                try {
                    Files.deleteIfExists(errors);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
