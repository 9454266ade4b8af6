package io.github.graflowstudio.bench;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.layout.AutoLayoutService;
import io.github.graflowstudio.document.layout.LayoutEdge;
import io.github.graflowstudio.document.layout.LayoutNode;
import io.github.graflowstudio.document.layout.LayoutRequest;
import io.github.graflowstudio.document.layout.LayoutResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code layout.elk}: {@code AutoLayoutService.layout} (ELK layered) of a {@link GridWorkflow}
 * with {@code nodes} nodes and about 1.5 times as many edges, in milliseconds, after
 * {@code AutoLayoutService.warmUp()}. Stateless; see {@link Benchmark} for threading.
 */
public final class LayoutBenchmark implements Benchmark {
    /** The name. */
    public static final String NAME = "layout.elk";
    private static final double NODE_WIDTH = 168;
    private static final double NODE_HEIGHT = 52;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ELK layered auto-layout of a workflow with `nodes` nodes and ~1.5x edges";
    }

    @Override
    public List<BenchmarkResult> run(BenchmarkSettings settings) {
        AutoLayoutService service = new AutoLayoutService();
        service.warmUp();
        return new InterleavedRuns(NAME, "nodes", "ms").run(settings.pick(new int[] {1_000}, new int[] {100}),
                settings.pick(1_000, 100), settings.pick(2, 1), nodes -> settings.pick(5, 2), Map.of(), nodes -> {
                    LayoutRequest request = request(GridWorkflow.of(nodes));
                    Stopwatch watch = Stopwatch.start();
                    LayoutResult result = service.layout(request);
                    watch.stop();
                    if (result.nodeBounds().size() != nodes) {
                        throw new BenchmarkException("layout placed " + result.nodeBounds().size() + " of " + nodes + " nodes");
                    }
                    Map<String, Double> extras = new LinkedHashMap<>(watch.extras());
                    extras.put("edges", (double) request.edges().size());
                    return new Measurement(Figures.millis(watch.wallNanos()), extras);
                });
    }

    /** The layout request for a document (node sizes as drawn on the canvas). */
    static LayoutRequest request(WorkflowDocument document) {
        List<LayoutNode> nodes = new ArrayList<>();
        for (WorkflowNode node : document.nodes()) {
            nodes.add(new LayoutNode(node.id(), NODE_WIDTH, NODE_HEIGHT, node.x(), node.y()));
        }
        List<LayoutEdge> edges = new ArrayList<>();
        for (WorkflowEdge edge : document.edges()) {
            edges.add(new LayoutEdge(edge.from(), edge.to()));
        }
        return new LayoutRequest(nodes, edges, List.of());
    }
}
