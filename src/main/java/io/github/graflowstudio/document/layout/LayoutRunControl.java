package io.github.graflowstudio.document.layout;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The caller's handles on one layout run: the cancellation question and the progress listener.
 * Progress is reported as a fraction from 0 to 1 that never decreases; each phase of the run owns
 * a slice of that range. Once a cancellation request has been seen, progress is no longer reported
 * (ELK closes its monitors as "done" on the way out, which would look like a jump to the end).
 * Confined to the thread running the layout (ELK calls it from there).
 */
final class LayoutRunControl {
    private final BooleanSupplier cancelRequested;
    private final DoubleConsumer progressListener;
    private double reported = -1;
    private boolean cancelSeen;
    private double phaseStart;
    private double phaseEnd;

    LayoutRunControl(BooleanSupplier cancelRequested, DoubleConsumer progressListener) {
        this.cancelRequested = Objects.requireNonNull(cancelRequested, "cancelRequested");
        this.progressListener = Objects.requireNonNull(progressListener, "progressListener");
    }

    /** Whether the caller asked to stop. */
    boolean isCancelRequested() {
        if (!cancelSeen && cancelRequested.getAsBoolean()) {
            cancelSeen = true;
        }
        return cancelSeen;
    }

    /** Throws {@link LayoutCancelledException} if the caller asked to stop. */
    void stopIfCancelRequested() {
        if (isCancelRequested()) {
            throw cancelled();
        }
    }

    /** The exception telling the caller that the run was cancelled, with the progress reached. */
    LayoutCancelledException cancelled() {
        return new LayoutCancelledException(Math.max(0, reported));
    }

    /** Starts a phase covering the overall progress from {@code start} to {@code end}, reporting its start. */
    void beginPhase(double start, double end) {
        phaseStart = start;
        phaseEnd = end;
        report(start);
    }

    /** Reports progress within the current phase, {@code fraction} going from 0 to 1. */
    void phaseProgressed(double fraction) {
        double clamped = Math.min(1, Math.max(0, fraction));
        report(phaseStart + (phaseEnd - phaseStart) * clamped);
    }

    /** Reports the run as complete. */
    void finished() {
        report(1);
    }

    private void report(double overall) {
        if (!cancelSeen && overall > reported) {
            reported = overall;
            progressListener.accept(overall);
        }
    }
}
