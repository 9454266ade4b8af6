package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.debug.Breakpoint;
import io.github.graflowstudio.debug.BreakpointSet;
import io.github.graflowstudio.ui.editor.EditorViewModel;
import java.util.HashSet;
import java.util.Set;

/**
 * What the runner draws on the editor's canvas: the run's live states, counts and ghost edges,
 * the breakpoint dots, and the reachability preview of the chosen start. Each publish replaces
 * one part of the editor's decorations. FX thread only.
 */
final class CanvasMarks {
    private final EditorViewModel editor;

    CanvasMarks(EditorViewModel editor) {
        this.editor = editor;
    }

    /** The run's states, counts and ghost edges (live views of the monitor, not copies). */
    void run(RunMonitor monitor) {
        editor.decorationsProperty().set(editor.decorationsProperty().get()
                .withRun(monitor.states(), monitor.runCounts(), monitor.ghostEdges()));
    }

    /** Enabled and disabled breakpoint dots (a node with both shows enabled). */
    void breakpoints(BreakpointSet breakpoints) {
        Set<String> enabled = new HashSet<>();
        Set<String> disabled = new HashSet<>();
        for (Breakpoint breakpoint : breakpoints.all()) {
            if (breakpoint.taskId() != null) {
                (breakpoint.enabled() ? enabled : disabled).add(breakpoint.taskId());
            }
        }
        disabled.removeAll(enabled);
        editor.decorationsProperty().set(editor.decorationsProperty().get().withBreakpoints(enabled, disabled));
    }

    /** Unreachable nodes dimmed, nodes reached only by jumps marked. */
    void reachability(StartNodeChooser.Reachability reach) {
        editor.decorationsProperty().set(editor.decorationsProperty().get()
                .withReachability(reach.dimmed(), reach.byJumps()));
    }
}
