package io.github.graflowstudio.document.layout;

import java.util.concurrent.CancellationException;

/**
 * Thrown by {@link AutoLayoutService} when the caller asked to cancel a run before it finished.
 * No partial result is produced: the caller keeps its current positions. Effectively immutable
 * once thrown, so safe to hand to another thread (for example through a {@code Future}).
 */
public final class LayoutCancelledException extends CancellationException {
    private static final long serialVersionUID = 1L;

    private final double progressReached;

    /** An exception for a run cancelled at the given progress fraction (0 to 1). */
    public LayoutCancelledException(double progressReached) {
        super(String.format(java.util.Locale.ROOT, "Layout cancelled at %.0f%%", progressReached * 100));
        this.progressReached = progressReached;
    }

    /** How far the run had got when it stopped, from 0 to 1. */
    public double progressReached() {
        return progressReached;
    }
}
