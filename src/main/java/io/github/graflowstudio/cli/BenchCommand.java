package io.github.graflowstudio.cli;

import io.github.graflowstudio.bench.Benchmark;
import io.github.graflowstudio.bench.BenchmarkCatalog;
import io.github.graflowstudio.bench.BenchmarkException;
import io.github.graflowstudio.bench.BenchmarkResult;
import io.github.graflowstudio.bench.BenchmarkSettings;
import io.github.graflowstudio.bench.MachineInfo;
import io.github.graflowstudio.bench.ResultJson;
import io.github.graflowstudio.bench.ResultTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench [NAME...] [--json] [--quick]}: runs the benchmarks (all, or the named ones) and
 * prints a table with Python Graflow's figures and the targets beside ours, or a JSON array of
 * {@code {"name", "params", "value", "unit"}} objects. Progress and the machine description go to
 * standard error. Exit 0, 1 when a benchmark's workload failed (the others still run and are
 * reported; the failed one is listed without a value), 2 for an unknown name. One
 * instance per command line; not thread-safe.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the engine, checkpoints, inspector, canvas, layout and start-up against Python"
                + " Graflow's figures.", "Timings depend on the machine's load: compare runs made under similar load."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all benchmarks ran (or were skipped with a reason)",
            "1:a benchmark's workload failed (the others still ran and are reported)",
            "2:unknown benchmark name"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Benchmarks to run (default: all): "
            + "engine.chain, engine.fanout, engine.goto, checkpoint.create, checkpoint.resume, inspect.graflow, "
            + "canvas.frame, layout.elk, startup.window.")
    private List<String> names = new ArrayList<>();

    @Option(names = "--json", description = "Print a JSON array instead of the table.")
    private boolean json;

    @Option(names = "--quick", description = "Small sizes and few repetitions (checks that it works; not figures"
            + " to report).")
    private boolean quick;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Benchmark> selected;
        try {
            selected = new BenchmarkCatalog(System.getenv()).select(names);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        BenchmarkSettings settings = quick ? BenchmarkSettings.QUICK : BenchmarkSettings.FULL;
        String machine = MachineInfo.describe();
        err.println("bench: " + machine + (quick ? " (quick run)" : ""));
        List<BenchmarkResult> results = new ArrayList<>();
        boolean failed = false;
        for (Benchmark benchmark : selected) {
            err.println("bench: " + benchmark.name() + ": " + benchmark.description() + " ...");
            err.flush();
            long start = System.nanoTime();
            try {
                results.addAll(benchmark.run(settings));
            } catch (BenchmarkException | java.io.UncheckedIOException e) {
                // the other benchmarks still run and report; the failed one is listed without a value
                err.println("error: " + benchmark.name() + ": " + e.getMessage());
                results.add(BenchmarkResult.skipped(benchmark.name(), Map.of(), "-", "failed: "
                        + e.getMessage().lines().findFirst().orElse("")));
                failed = true;
                continue;
            }
            err.println(String.format(Locale.ROOT, "bench: %s done in %.1f s", benchmark.name(),
                    (System.nanoTime() - start) / 1e9));
        }
        if (json) {
            out.println(ResultJson.toArray(results));
        } else {
            out.println("Graflow Studio benchmarks" + (quick ? " (quick run: sizes too small to compare)" : ""));
            out.println("Machine: " + machine);
            out.println("Load average after the run: " + MachineInfo.loadAverage());
            out.println();
            out.print(ResultTable.format(results));
        }
        return failed ? ExitCodes.RUN_FAILED : ExitCodes.OK;
    }
}
