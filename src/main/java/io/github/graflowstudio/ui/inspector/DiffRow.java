package io.github.graflowstudio.ui.inspector;

/**
 * One row of a checkpoint diff: what is compared (section and key), the value on each side and
 * how it changed, with a note naming the changed fields. Immutable and thread-safe.
 *
 * @param section the part of the set: Set, User metadata, Pending, Completed, Cycle counts, Channel, Flags
 * @param key     the field, id or key (display form)
 * @param left    the left (older) side's value, "" when absent
 * @param right   the right side's value, "" when absent
 * @param kind    the change
 * @param note    e.g. "status ready → error; moved #3 → #1", or ""
 */
public record DiffRow(String section, String key, String left, String right, Kind kind, String note) {

    /** How a row changed from left to right. */
    public enum Kind {
        /** Equal on both sides. */
        SAME,
        /** Only on the right. */
        ADDED,
        /** Only on the left. */
        REMOVED,
        /** On both sides with different values. */
        CHANGED,
        /** A pending entry whose position among the others changed. */
        MOVED;

        /** The CSS class of rows of this kind, e.g. {@code diff-added}. */
        public String styleClass() {
            return "diff-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether the row is a difference. */
    public boolean changed() {
        return kind != Kind.SAME;
    }
}
