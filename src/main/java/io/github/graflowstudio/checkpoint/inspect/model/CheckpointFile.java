package io.github.graflowstudio.checkpoint.inspect.model;

/** The files a set may have, each {@code <base><suffix>}. Immutable and thread-safe. */
public enum CheckpointFile {
    /** {@code <base>.state.json}: queue, completed tasks, counters. */
    STATE("state", ".state.json"),
    /** {@code <base>.meta.json}: checkpoint id, time, user metadata. */
    META("meta", ".meta.json"),
    /** {@code <base>.pkl}: the pickled Python context (Graflow sets). */
    PKL("pkl", ".pkl"),
    /** {@code <base>.context.json}: graph, channel and counters (studio sets). */
    CONTEXT("context", ".context.json");

    private final String key;
    private final String suffix;

    CheckpointFile(String key, String suffix) {
        this.key = key;
        this.suffix = suffix;
    }

    /** The key used in reports: {@code state}, {@code meta}, {@code pkl}, {@code context}. */
    public String key() {
        return key;
    }

    /** The file name suffix after the base, e.g. {@code .state.json}. */
    public String suffix() {
        return suffix;
    }
}
