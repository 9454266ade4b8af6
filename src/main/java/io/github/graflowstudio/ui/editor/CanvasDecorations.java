package io.github.graflowstudio.ui.editor;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the canvas draws on top of the document: validation badges, breakpoints, live run
 * states and counts, dimmed (unreachable) nodes and ghost edges for jumps taken. Panels publish a
 * new value, the canvas redraws once per pulse. The problem, breakpoint and reachability parts
 * are immutable copies. The run parts ({@code runStates}, {@code runCounts}, {@code ghostEdges})
 * are taken as given: the runner passes read-only live views of its monitor, which changes them
 * only on the FX thread and republishes after each change, so a run over 100,000 nodes is never
 * copied per frame. Read it on the FX thread.
 *
 * @param problems    node id to {@code "error"} or {@code "warning"}
 * @param breakpoints node ids with an enabled breakpoint
 * @param disabledBreakpoints node ids with only disabled breakpoints
 * @param runStates   node id to its live state
 * @param runCounts   node id to how often it ran
 * @param dimmed      node ids drawn faded (unreachable from the chosen start)
 * @param jumpOnly    node ids reachable only through dynamic jumps (branch targets)
 * @param ghostEdges  jumps taken: "from\u0000to" to count
 */
public record CanvasDecorations(Map<String, String> problems, Set<String> breakpoints, Set<String> disabledBreakpoints,
                                Map<String, NodeRunState> runStates, Map<String, Integer> runCounts,
                                Set<String> dimmed, Set<String> jumpOnly, Map<String, Integer> ghostEdges) {

    /** Nothing to draw. */
    public static final CanvasDecorations NONE = new CanvasDecorations(Map.of(), Set.of(), Set.of(), Map.of(), Map.of(),
            Set.of(), Set.of(), Map.of());

    /** Copies everything. */
    public CanvasDecorations {
        problems = Map.copyOf(problems);
        breakpoints = Set.copyOf(breakpoints);
        disabledBreakpoints = Set.copyOf(disabledBreakpoints);
        runStates = Objects.requireNonNull(runStates, "runStates");
        runCounts = Objects.requireNonNull(runCounts, "runCounts");
        dimmed = Set.copyOf(dimmed);
        jumpOnly = Set.copyOf(jumpOnly);
        ghostEdges = Objects.requireNonNull(ghostEdges, "ghostEdges");
    }

    /** The key of a ghost edge. */
    public static String ghostKey(String from, String to) {
        return from + '\u0000' + to;
    }

    /** A copy with other problems. */
    public CanvasDecorations withProblems(Map<String, String> value) {
        return new CanvasDecorations(value, breakpoints, disabledBreakpoints, runStates, runCounts, dimmed, jumpOnly, ghostEdges);
    }

    /** A copy with other breakpoints. */
    public CanvasDecorations withBreakpoints(Set<String> enabled, Set<String> disabled) {
        return new CanvasDecorations(problems, enabled, disabled, runStates, runCounts, dimmed, jumpOnly, ghostEdges);
    }

    /** A copy with other run states, counts and ghost edges. */
    public CanvasDecorations withRun(Map<String, NodeRunState> states, Map<String, Integer> counts,
                                     Map<String, Integer> ghosts) {
        return new CanvasDecorations(problems, breakpoints, disabledBreakpoints, states, counts, dimmed, jumpOnly, ghosts);
    }

    /** A copy with other reachability marks. */
    public CanvasDecorations withReachability(Set<String> unreachable, Set<String> onlyByJump) {
        return new CanvasDecorations(problems, breakpoints, disabledBreakpoints, runStates, runCounts, unreachable,
                onlyByJump, ghostEdges);
    }
}
