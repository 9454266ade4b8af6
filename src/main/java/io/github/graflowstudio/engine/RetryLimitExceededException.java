package io.github.graflowstudio.engine;

/** A task failed once more after using all its retries ("3/2" for max retries 2). */
public final class RetryLimitExceededException extends GraflowRuntimeException {
    private static final long serialVersionUID = 1L;
    private final String taskId;
    private final int retryCount;
    private final int maxRetries;

    /** Makes the exception; {@code lastError} is the final attempt's failure. */
    public RetryLimitExceededException(String taskId, int retryCount, int maxRetries, Throwable lastError) {
        super("Retry limit exceeded for task '" + taskId + "': " + retryCount + "/" + maxRetries
                + " (last error: " + lastError.getMessage() + ")", lastError);
        this.taskId = taskId;
        this.retryCount = retryCount;
        this.maxRetries = maxRetries;
    }

    /** The task id. */
    public String taskId() {
        return taskId;
    }

    /** Retries counted, including the final failure. */
    public int retryCount() {
        return retryCount;
    }

    /** The configured maximum. */
    public int maxRetries() {
        return maxRetries;
    }

    /** The final attempt's failure (also the cause). */
    public Throwable lastError() {
        return getCause();
    }
}
