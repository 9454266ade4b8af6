package io.github.graflowstudio.document.export;

/**
 * The main direction of a drawn graph: Mermaid's {@code TD}/{@code LR}, Graphviz's
 * {@code rankdir=TB}/{@code rankdir=LR}. Immutable and thread-safe.
 */
public enum LayoutDirection {
    /** Top to bottom. */
    TOP_DOWN("TD", "TB"),
    /** Left to right. */
    LEFT_RIGHT("LR", "LR");

    private final String mermaid;
    private final String dot;

    LayoutDirection(String mermaid, String dot) {
        this.mermaid = mermaid;
        this.dot = dot;
    }

    /** The Mermaid keyword ({@code TD} or {@code LR}). */
    public String mermaid() {
        return mermaid;
    }

    /** The Graphviz {@code rankdir} value ({@code TB} or {@code LR}). */
    public String dot() {
        return dot;
    }
}
