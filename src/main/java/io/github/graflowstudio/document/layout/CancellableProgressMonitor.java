package io.github.graflowstudio.document.layout;

import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * An ELK progress monitor that forwards the top-level progress to the caller and stops the run
 * when the caller asks to cancel.
 *
 * <p>ELK's own cancellation check ({@link #isCanceled()}) is only consulted in some places: the
 * layered algorithm checks it between its processing steps for flat graphs, but not when it lays
 * out nested graphs (groups) in one run. So this monitor also checks whenever ELK starts a task,
 * starts a sub-task or reports work, and throws {@link LayoutCancelledException} out of ELK then.
 * ELK discards its algorithm instance when an exception passes through it; the half-done graph is
 * dropped by the caller. A single processing step is never interrupted.
 *
 * <p>ELK creates one sub-monitor per processing step; they are of this class too. Confined to the
 * thread running the layout.
 */
final class CancellableProgressMonitor extends BasicProgressMonitor {
    private final LayoutRunControl control;

    CancellableProgressMonitor(LayoutRunControl control) {
        this.control = control;
    }

    @Override
    public boolean isCanceled() {
        return control.isCancelRequested();
    }

    @Override
    protected void doBegin(String name, float newTotalWork, boolean topInstance, int maxHierarchyLevels) {
        control.stopIfCancelRequested();
    }

    @Override
    protected void doWorked(float completedWork, float totalWork, boolean topInstance) {
        control.stopIfCancelRequested();
        if (topInstance && totalWork > 0) {
            control.phaseProgressed(completedWork / totalWork);
        }
    }

    @Override
    protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
        control.stopIfCancelRequested();
        int levels = maxHierarchyLevels > 0 ? maxHierarchyLevels - 1 : maxHierarchyLevels;
        return new CancellableProgressMonitor(control).withMaxHierarchyLevels(levels);
    }
}
