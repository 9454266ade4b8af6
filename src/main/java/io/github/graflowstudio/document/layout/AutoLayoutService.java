package io.github.graflowstudio.document.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;

/**
 * Lays out a workflow graph automatically with the Eclipse Layout Kernel's layered algorithm:
 * nodes in layers along the {@link LayoutOptions#direction() direction}, cycles broken by the
 * algorithm (back edges are routed against the flow), groups drawn as boxes around their members.
 * The same request always gives the same result.
 *
 * <p>Input problems never throw: edges with unknown ends, repeated ids and invalid group members
 * are left out and described in {@link LayoutResult#notes()}.
 *
 * <p>A run can take a noticeable time for large graphs; run it off the UI thread with
 * {@link #layout(LayoutRequest, BooleanSupplier, DoubleConsumer)}, which reports progress and can be
 * cancelled.
 *
 * <p>Stateless and thread-safe: several layouts may run at the same time on different threads.
 */
public final class AutoLayoutService {
    /** Share of the progress range for building the ELK graph. */
    private static final double BUILT = 0.05;
    /** Share of the progress range up to the end of the ELK run; reading the result takes the rest. */
    private static final double LAID_OUT = 0.95;

    /** A service; instances hold no state, so one may be shared. */
    public AutoLayoutService() {
        // Nothing to set up: ELK is registered lazily on the first run.
    }

    /**
     * Loads ELK and lets the JVM compile its hot code by laying out a small built-in graph (a
     * group, a cycle, a self-loop). The first layout in a JVM is several times slower than later
     * ones; call this once on a background thread at application start so that the user's first
     * auto-layout is not. Takes a second or two of CPU time the first time, little afterwards.
     */
    public void warmUp() {
        List<LayoutNode> nodes = new ArrayList<>();
        List<LayoutEdge> edges = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            nodes.add(LayoutNode.ofSize("warm-up-" + i, 120, 60));
            edges.add(new LayoutEdge("warm-up-" + i, "warm-up-" + ((i + 1) % 12)));
            edges.add(new LayoutEdge("warm-up-" + i, "warm-up-" + ((i * 5 + 3) % 12)));
        }
        edges.add(new LayoutEdge("warm-up-7", "warm-up-7"));
        edges.add(new LayoutEdge("warm-up-group", "warm-up-0"));
        List<LayoutGroup> groups = List.of(LayoutGroup.of("warm-up-group", "warm-up-4", "warm-up-5", "warm-up-6"));
        layout(new LayoutRequest(nodes, edges, groups));
    }

    /** Lays out the request on the calling thread, without cancellation or progress reports. */
    public LayoutResult layout(LayoutRequest request) {
        return layout(request, () -> false, progress -> { });
    }

    /**
     * Lays out the request on the calling thread.
     *
     * @param request          what to lay out
     * @param cancelRequested  asked now and then (between ELK's processing steps, and between the
     *                         phases of the run) whether to stop; must be thread-safe, e.g. backed
     *                         by an {@code AtomicBoolean} set from the UI thread
     * @param progressListener receives the progress so far, a fraction from 0 to 1 that never
     *                         decreases, on the calling thread; 1 is reported only for a complete
     *                         run. A GUI must hand the value over to its own thread itself.
     * @return the new positions, group bounds and edge routes
     * @throws LayoutCancelledException if {@code cancelRequested} answered {@code true}; no result
     *                                  is produced then
     */
    public LayoutResult layout(LayoutRequest request, BooleanSupplier cancelRequested,
                               DoubleConsumer progressListener) {
        Objects.requireNonNull(request, "request");
        LayoutRunControl control = new LayoutRunControl(cancelRequested, progressListener);
        control.beginPhase(0, BUILT);
        control.stopIfCancelRequested();
        ElkLayeredRegistration.ensureRegistered();

        LayoutElements elements = LayoutElements.of(request);
        List<String> notes = new ArrayList<>(elements.notes());
        ElkLayoutGraph graph = ElkGraphBuilder.build(request, elements, notes, control);
        control.stopIfCancelRequested();

        control.beginPhase(BUILT, LAID_OUT);
        try {
            new RecursiveGraphLayoutEngine().layout(graph.root(), new CancellableProgressMonitor(control));
        } catch (RuntimeException failure) {
            // Our monitor throws out of ELK on cancellation; should ELK wrap that, unwrap it here.
            if (control.isCancelRequested()) {
                throw control.cancelled();
            }
            throw failure;
        }
        // ELK may also stop quietly when cancelled, leaving a half-done graph behind.
        control.stopIfCancelRequested();

        control.beginPhase(LAID_OUT, 1);
        LayoutResult result = ElkResultReader.read(graph, request.options(), notes);
        control.finished();
        return result;
    }
}
