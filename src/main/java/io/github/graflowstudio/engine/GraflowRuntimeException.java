package io.github.graflowstudio.engine;

/** Base of the engine's run-time failures (Graflow's {@code GraflowRuntimeError}). */
public class GraflowRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message. */
    public GraflowRuntimeException(String message) {
        super(message);
    }

    /** With a message and a cause. */
    public GraflowRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns {@code e} if it already is one, else wraps it as Graflow's {@code as_runtime_error}
     * does: {@code "An error occurred: <message> (caused by <e>)"} with {@code e} as the cause.
     */
    public static GraflowRuntimeException wrap(Throwable e) {
        if (e instanceof GraflowRuntimeException runtime) {
            return runtime;
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new GraflowRuntimeException("An error occurred: " + message + " (caused by " + e + ")", e);
    }
}
