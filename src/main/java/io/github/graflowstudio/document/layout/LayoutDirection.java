package io.github.graflowstudio.document.layout;

/**
 * The main direction in which edges point after layout; layers of the layered algorithm are
 * perpendicular to it. Immutable and thread-safe (an enum).
 */
public enum LayoutDirection {
    /** Left to right: sources on the left (the default). */
    RIGHT,
    /** Right to left: sources on the right. */
    LEFT,
    /** Top to bottom: sources at the top. */
    DOWN,
    /** Bottom to top: sources at the bottom. */
    UP;

    /** Whether layers are columns (edges run horizontally). */
    public boolean isHorizontal() {
        return this == RIGHT || this == LEFT;
    }
}
