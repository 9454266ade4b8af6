package io.github.graflowstudio.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory FIFO of {@link TaskSpec}s of one context (Graflow's {@code LocalTaskQueue}).
 * Specs are added only by the owning {@link ExecutionContext}, which takes each task from the
 * graph. Duplicates are allowed (a node with two predecessors is queued twice).
 *
 * <p>Not thread-safe: confined to the thread running its context, except {@link #size()} and
 * {@link #pendingSpecs()} which a debugger may call while the run is paused.
 */
public final class TaskQueue {
    /** Starts small: a branch context queues one member, and the deque grows as needed. */
    private final ArrayDeque<TaskSpec> specs = new ArrayDeque<>(2);
    private long enqueued;
    private long dequeued;

    TaskQueue() {
    }

    synchronized void enqueue(TaskSpec spec) {
        specs.addLast(spec);
        enqueued++;
    }

    synchronized void enqueueFirst(TaskSpec spec) {
        specs.addFirst(spec);
        enqueued++;
    }

    /** Takes the next spec (status becomes RUNNING), or {@code null} if empty. */
    public synchronized TaskSpec dequeue() {
        TaskSpec spec = specs.pollFirst();
        if (spec != null) {
            spec.status(TaskStatus.RUNNING);
            dequeued++;
        }
        return spec;
    }

    /** The next spec without taking it, or {@code null}. */
    public synchronized TaskSpec peek() {
        return specs.peekFirst();
    }

    /** The next task id without taking it, or {@code null}. */
    public synchronized String peekNextId() {
        TaskSpec spec = specs.peekFirst();
        return spec == null ? null : spec.taskId();
    }

    /** Number of pending specs. */
    public synchronized int size() {
        return specs.size();
    }

    /** Whether nothing is pending. */
    public synchronized boolean isEmpty() {
        return specs.isEmpty();
    }

    /** A copy of the pending specs in queue order. */
    public synchronized List<TaskSpec> pendingSpecs() {
        return new ArrayList<>(specs);
    }

    /** A copy of the first {@code limit} pending specs in queue order. */
    public synchronized List<TaskSpec> pendingSpecs(int limit) {
        List<TaskSpec> copy = new ArrayList<>(Math.min(limit, specs.size()));
        for (TaskSpec spec : specs) {
            if (copy.size() >= limit) {
                break;
            }
            copy.add(spec);
        }
        return copy;
    }

    /** Pending task ids in queue order. */
    public synchronized List<String> pendingIds() {
        List<String> ids = new ArrayList<>(specs.size());
        for (TaskSpec spec : specs) {
            ids.add(spec.taskId());
        }
        return ids;
    }

    /** Removes every pending spec. */
    public synchronized void clear() {
        specs.clear();
    }

    /** Specs ever enqueued. */
    public synchronized long enqueuedCount() {
        return enqueued;
    }

    /** Specs ever dequeued. */
    public synchronized long dequeuedCount() {
        return dequeued;
    }
}
