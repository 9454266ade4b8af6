package io.github.graflowstudio.checkpoint.inspect.model;

/** How bad a flag is, ordered from harmless to worst. Immutable and thread-safe. */
public enum Severity {
    /** No flag at all (only as a worst severity). */
    NONE("none"),
    /** Worth knowing; resume works. */
    INFO("info"),
    /** Resume works but may not do what the user expects. */
    WARNING("warning"),
    /** The set is broken or resume will fail or misbehave. */
    ERROR("error");

    private final String wireName;

    Severity(String wireName) {
        this.wireName = wireName;
    }

    /** {@code none}, {@code info}, {@code warning} or {@code error}. */
    public String wireName() {
        return wireName;
    }

    /** The worse of two severities. */
    public Severity worst(Severity other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
