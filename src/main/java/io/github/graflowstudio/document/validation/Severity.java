package io.github.graflowstudio.document.validation;

/** How bad a problem is. Immutable and thread-safe. */
public enum Severity {
    /** The document cannot be compiled or run. */
    ERROR,
    /** The document runs, but probably not as intended. */
    WARNING;

    /** Lower-case name for output: {@code error}, {@code warning}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
