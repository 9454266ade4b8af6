package io.github.graflowstudio.document.layout;

import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * An ELK progress monitor that asks the caller whether to cancel and forwards the top-level
 * progress to the caller. ELK creates one sub-monitor per processing step; they are of this class
 * too, so that every step sees the cancellation. ELK checks for cancellation between its
 * processing steps, not within one. Confined to the thread running the layout.
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
    protected void doWorked(float completedWork, float totalWork, boolean topInstance) {
        if (topInstance && totalWork > 0) {
            control.phaseProgressed(completedWork / totalWork);
        }
    }

    @Override
    protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
        int levels = maxHierarchyLevels > 0 ? maxHierarchyLevels - 1 : maxHierarchyLevels;
        return new CancellableProgressMonitor(control).withMaxHierarchyLevels(levels);
    }
}
