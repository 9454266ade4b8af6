package io.github.graflowstudio.ui.bench;

import io.github.graflowstudio.bench.BenchmarkResult;
import io.github.graflowstudio.bench.ResultJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the child JVM that runs the JavaFX benchmarks; prints one JSON result per line
 * on standard output (anything else goes to standard error).
 *
 * <pre>
 * java -cp CLASSPATH -Dprism.order=sw io.github.graflowstudio.ui.bench.UiBenchMain canvas [--quick] 500 2000 10000
 * java -cp CLASSPATH -Dprism.order=sw io.github.graflowstudio.ui.bench.UiBenchMain startup
 * </pre>
 *
 * Without a display add {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless} (Monocle on
 * the class path). Exit 0 on success, 1 on failure, 2 for bad arguments. Not thread-safe; one run
 * per process.
 */
public final class UiBenchMain {
    private UiBenchMain() {
    }

    /**
     * Runs a measurement.
     *
     * @param args {@code canvas [--quick] N...} or {@code startup}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out);
        } catch (RuntimeException | Error e) {
            e.printStackTrace(System.err);
            code = 1;
        }
        out.flush();
        System.exit(code);
    }

    private static int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            return usage();
        }
        if (args[0].equals("startup") && args.length == 1) {
            StartupProbe.run(result -> out.println(ResultJson.toLine(result)));
            return 0;
        }
        if (!args[0].equals("canvas")) {
            return usage();
        }
        boolean quick = false;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else {
                try {
                    sizes.add(Integer.parseInt(args[i].replace("_", "")));
                } catch (NumberFormatException e) {
                    return usage();
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(500, 2_000, 10_000);
        }
        CanvasFrameProbe probe = new CanvasFrameProbe(quick);
        try {
            for (int size : sizes) {
                for (BenchmarkResult result : probe.measure(size)) {
                    out.println(ResultJson.toLine(result));
                }
            }
        } finally {
            probe.close();
        }
        return 0;
    }

    private static int usage() {
        System.err.println("usage: UiBenchMain canvas [--quick] N... | UiBenchMain startup");
        return 2;
    }
}
