package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.ui.app.StudioShell;
import io.github.graflowstudio.ui.editor.NodeRunState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;

/**
 * Benchmark (not a test): what one change costs the FX and render threads in the real main
 * window, with a chain of N noop nodes (default 100,000) open at 100 %: a pan of the canvas (the
 * minimap follows), and a change of the run state of the first 1,000 nodes (every node in view:
 * the first frame of a run). Each change is followed by {@code -Dbench.pause=ms} (default 150)
 * of quiet; prints, per kind of change, the median and worst CPU time of both threads over that
 * span, from {@link ThreadSchedule} (Linux), after {@code -Dbench.warmups=N} changes (default 20)
 * left out.
 *
 * <pre>
 * java -XX:+UseZGC -cp target/classes:target/test-classes:$(cat target/cp.txt) -Dglass.platform=Monocle \
 *      -Dmonocle.platform=Headless -Dprism.order=sw io.github.graflowstudio.ui.runner.WindowRepaintBenchmark 100000
 * </pre>
 */
public final class WindowRepaintBenchmark {
    private WindowRepaintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int changes = Integer.getInteger("bench.changes", 60);
        int warmups = Integer.getInteger("bench.warmups", 20);
        long pause = Integer.getInteger("bench.pause", 150);
        WorkflowDocument document = DebuggerBenchmark.chain(count);
        BenchWindows windows = BenchWindows.start("repaint-bench");
        StudioShell[] shell = {windows.open(document)};
        Thread.sleep(2000);
        ThreadSchedule schedule = new ThreadSchedule(2);
        for (String kind : new String[] {"pan", "run states"}) {
            List<double[]> costs = new ArrayList<>();
            for (int i = 0; i < warmups + changes; i++) {
                int index = i;
                long before = System.nanoTime();
                Platform.runLater(() -> {
                    if (kind.equals("pan")) {
                        shell[0].editor().panBy(index % 2 == 0 ? 40 : -40, 0);
                    } else {
                        Map<String, NodeRunState> states = new HashMap<>();
                        for (int node = 0; node < Math.min(count, 1000); node++) {
                            states.put("t" + node, index % 2 == 0 ? NodeRunState.SUCCEEDED : NodeRunState.RUNNING);
                        }
                        var decorations = shell[0].editor().decorationsProperty();
                        decorations.set(decorations.get().withRun(states, Map.of(), Map.of()));
                    }
                });
                Thread.sleep(pause);
                double[] cost = schedule.cpu(before, System.nanoTime() - 5_000_000L);
                if (i >= warmups && cost != null) {
                    costs.add(cost);
                }
            }
            System.out.printf("{\"name\":\"window.repaint\",\"params\":{\"nodes\":%d,\"change\":\"%s\"},\"fx_ms_median\":%.1f,"
                    + "\"fx_ms_max\":%.1f,\"render_ms_median\":%.1f,\"render_ms_max\":%.1f,\"changes\":%d}%n", count, kind,
                    percentile(costs, 0, 0.5), percentile(costs, 0, 1), percentile(costs, 1, 0.5), percentile(costs, 1, 1),
                    costs.size());
        }
        schedule.stop();
        Platform.runLater(() -> shell[0].dispose());
        windows.forget();
        Platform.exit();
        System.exit(0);
    }

    private static double percentile(List<double[]> costs, int column, double share) {
        if (costs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> values = new ArrayList<>();
        costs.forEach(cost -> values.add(cost[column]));
        Collections.sort(values);
        return values.get((int) Math.min(values.size() - 1, Math.floor(values.size() * share)));
    }
}
