package io.github.graflowstudio.checkpoint.inspect.model;

/** The kinds of checkpoint set the inspector recognises. Immutable and thread-safe. */
public enum CheckpointFormat {
    /** This project's own sets ({@code <base>.context.json}, {@code formatVersion}). */
    STUDIO("studio"),
    /** Python Graflow at HEAD ({@code <base>.pkl}, ids only in the queue). */
    GRAFLOW("graflow"),
    /** Python Graflow at commit 61256fd ({@code task_data} and {@code strategy} per pending entry). */
    GRAFLOW_LEGACY("graflow-legacy"),
    /** Not enough could be read to tell. */
    UNKNOWN("unknown");

    private final String wireName;

    CheckpointFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in reports: {@code studio}, {@code graflow}, {@code graflow-legacy}, {@code unknown}. */
    public String wireName() {
        return wireName;
    }
}
