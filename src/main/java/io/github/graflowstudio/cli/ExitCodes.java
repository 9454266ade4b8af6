package io.github.graflowstudio.cli;

/** Exit codes shared by all commands. */
public final class ExitCodes {
    /** Success (run completed or terminated; no error flags). */
    public static final int OK = 0;
    /** The run failed, was cancelled or hit max steps. */
    public static final int RUN_FAILED = 1;
    /** Bad input: unreadable file, invalid document, unknown start node, not a checkpoint. */
    public static final int BAD_INPUT = 2;
    /** Validation errors, or error flags in an inspected checkpoint. */
    public static final int PROBLEMS = 3;

    private ExitCodes() {
    }
}
