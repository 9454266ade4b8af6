package io.github.graflowstudio.document.kinds;

/**
 * A {@code shell} node's command failed: it could not start, exited with a non-zero code (see
 * {@link #exitCode()}), timed out or wrote too much. Immutable.
 */
public final class ShellCommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Integer exitCode;

    /** A failure without an exit code. */
    public ShellCommandException(String message) {
        super(message);
        this.exitCode = null;
    }

    /** A failure with a cause. */
    public ShellCommandException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = null;
    }

    /** A non-zero exit. */
    public ShellCommandException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The exit code, or {@code null} if the process did not exit by itself. */
    public Integer exitCode() {
        return exitCode;
    }
}
