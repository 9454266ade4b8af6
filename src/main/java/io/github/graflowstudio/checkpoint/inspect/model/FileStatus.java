package io.github.graflowstudio.checkpoint.inspect.model;

/** Whether a file of the set could be read. Immutable and thread-safe. */
public enum FileStatus {
    /** Present and readable (it may still carry warnings). */
    OK("ok"),
    /** Absent. */
    MISSING("missing"),
    /** Present but unreadable: bad JSON, bad UTF-8, not an object, not a complete pickle, ... */
    INVALID("invalid");

    private final String wireName;

    FileStatus(String wireName) {
        this.wireName = wireName;
    }

    /** {@code ok}, {@code missing} or {@code invalid}. */
    public String wireName() {
        return wireName;
    }
}
