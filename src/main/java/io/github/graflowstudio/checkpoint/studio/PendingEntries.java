package io.github.graflowstudio.checkpoint.studio;

import java.util.Arrays;

/**
 * The pending entries of a state file in queue order, kept by column rather than as one object per
 * entry: a large queue is hundreds of thousands of entries that live only until the resumed queue
 * is built, and columns that hold nothing but defaults (no retries, no errors, no groups) are not
 * even allocated. Filled by the loader, read-only afterwards.
 *
 * <p>Not thread-safe while it is filled; safe to read from several threads once published.
 */
public final class PendingEntries {
    private String[] taskIds = new String[16];
    private double[] createdAt = new double[16];
    private int[] retryCounts;
    private int[] maxRetries;
    private String[] lastErrors;
    private String[] groupIds;
    private boolean[] notSerializable;
    private String[] reasons;
    private int size;

    PendingEntries() {
    }

    /** Appends an entry (the loader). */
    void add(String taskId, double time, int retryCount, int retries, String lastError, String groupId,
             boolean serializable, String reason) {
        if (size == taskIds.length) {
            grow();
        }
        int index = size++;
        taskIds[index] = taskId;
        createdAt[index] = time;
        if (retryCount != 0) {
            retryCounts = column(retryCounts);
            retryCounts[index] = retryCount;
        }
        if (retries != 0) {
            maxRetries = column(maxRetries);
            maxRetries[index] = retries;
        }
        if (lastError != null) {
            lastErrors = column(lastErrors);
            lastErrors[index] = lastError;
        }
        if (groupId != null) {
            groupIds = column(groupIds);
            groupIds[index] = groupId;
        }
        if (!serializable) {
            notSerializable = column(notSerializable);
            notSerializable[index] = true;
        }
        if (reason != null) {
            reasons = column(reasons);
            reasons[index] = reason;
        }
    }

    /** The number of entries. */
    public int size() {
        return size;
    }

    /** The task id of entry {@code index}. */
    public String taskId(int index) {
        return taskIds[check(index)];
    }

    /** When entry {@code index} was queued, epoch seconds. */
    public double createdAt(int index) {
        return createdAt[check(index)];
    }

    /** The retries entry {@code index} has taken. */
    public int retryCount(int index) {
        return retryCounts == null ? zero(index) : retryCounts[check(index)];
    }

    /** The retry limit of entry {@code index}. */
    public int maxRetries(int index) {
        return maxRetries == null ? zero(index) : maxRetries[check(index)];
    }

    /** The last error of entry {@code index}, or {@code null}. */
    public String lastError(int index) {
        return lastErrors == null ? none(index) : lastErrors[check(index)];
    }

    /** The group of entry {@code index}, or {@code null}. */
    public String groupId(int index) {
        return groupIds == null ? none(index) : groupIds[check(index)];
    }

    /** Entry {@code index} as one record. */
    public LoadedSet.PendingEntry get(int index) {
        return new LoadedSet.PendingEntry(taskId(index), createdAt(index), retryCount(index), maxRetries(index),
                lastError(index), groupId(index), notSerializable == null || !notSerializable[check(index)],
                reasons == null ? null : reasons[check(index)]);
    }

    private int check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("entry " + index + " of " + size);
        }
        return index;
    }

    private int zero(int index) {
        check(index);
        return 0;
    }

    private String none(int index) {
        check(index);
        return null;
    }

    private void grow() {
        int capacity = taskIds.length * 2;
        taskIds = Arrays.copyOf(taskIds, capacity);
        createdAt = Arrays.copyOf(createdAt, capacity);
        retryCounts = retryCounts == null ? null : Arrays.copyOf(retryCounts, capacity);
        maxRetries = maxRetries == null ? null : Arrays.copyOf(maxRetries, capacity);
        lastErrors = lastErrors == null ? null : Arrays.copyOf(lastErrors, capacity);
        groupIds = groupIds == null ? null : Arrays.copyOf(groupIds, capacity);
        notSerializable = notSerializable == null ? null : Arrays.copyOf(notSerializable, capacity);
        reasons = reasons == null ? null : Arrays.copyOf(reasons, capacity);
    }

    private int[] column(int[] column) {
        return column != null ? column : new int[taskIds.length];
    }

    private String[] column(String[] column) {
        return column != null ? column : new String[taskIds.length];
    }

    private boolean[] column(boolean[] column) {
        return column != null ? column : new boolean[taskIds.length];
    }
}
