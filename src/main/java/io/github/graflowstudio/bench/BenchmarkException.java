package io.github.graflowstudio.bench;

/**
 * A benchmark's workload went wrong (wrong result, I/O failure, child JVM failure). Immutable like
 * any exception.
 */
public final class BenchmarkException extends RuntimeException {
    /** With a message. */
    public BenchmarkException(String message) {
        super(message);
    }

    /** With a message and a cause. */
    public BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
