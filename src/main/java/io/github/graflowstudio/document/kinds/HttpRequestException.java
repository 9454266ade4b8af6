package io.github.graflowstudio.document.kinds;

/**
 * An {@code http} node's request failed: no connection, a timeout, a too large body, or a
 * status of 400 or more (see {@link #status()}). Immutable.
 */
public final class HttpRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /** A failure without a response (status 0). */
    public HttpRequestException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** A response with an error status. */
    public HttpRequestException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 if there was no response. */
    public int status() {
        return status;
    }
}
