package io.github.graflowstudio.engine;

import io.github.graflowstudio.engine.event.JumpKind;
import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.engine.event.RunListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The scheduler loop (Graflow's {@code WorkflowEngine}): takes specs from the context's FIFO,
 * runs the graph's task for each id, stores results, applies control flow (cancel &gt; terminate
 * &gt; goto &gt; successors), retries with backoff, runs parallel groups on the executor, writes
 * deferred checkpoints, and reports {@link RunEvent}s.
 *
 * <p>Deliberate differences from Graflow: when {@code maxSteps} stops a run the next task stays
 * pending and the status is {@link RunStatus#MAX_STEPS}; a task's retry count is reset when it
 * succeeds; iteration ids are deterministic.
 *
 * <p>Thread-safe: one engine may run several contexts at once (parallel-group branches do); each
 * context is confined to the thread running it.
 */
public final class WorkflowEngine {
    private static final System.Logger LOG = System.getLogger(WorkflowEngine.class.getName());

    private final Executor executor;
    private final EngineClock clock;
    private final CopyOnWriteArrayList<RunListener> listeners = new CopyOnWriteArrayList<>();
    private volatile CheckpointWriter checkpointWriter;
    private final SplittableRandom jitter;

    /** An engine that runs parallel-group members one after another on the calling thread. */
    public WorkflowEngine() {
        this(Runnable::run, EngineClock.system());
    }

    /**
     * An engine with the given executor (for parallel-group branches) and clock (for backoff
     * sleeps and durations).
     */
    public WorkflowEngine(Executor executor, EngineClock clock) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jitter = new SplittableRandom(0x5eed);
    }

    /** Adds a listener (called synchronously on the running thread). */
    public void addListener(RunListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Removes a listener. */
    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    /** Sets the writer used for checkpoints requested by tasks (none by default). */
    public void setCheckpointWriter(CheckpointWriter writer) {
        this.checkpointWriter = writer;
    }

    /** The configured checkpoint writer, or {@code null}. */
    public CheckpointWriter checkpointWriter() {
        return checkpointWriter;
    }

    /**
     * Runs the context until its queue is empty, a task stops the run, a failure ends it,
     * {@code maxSteps} is reached or a stop is requested. Never throws for task failures: they
     * are in the result.
     */
    public RunResult execute(ExecutionContext context) {
        fire(() -> new RunEvent.RunStarted(context.sessionId(), context.queue().peekNextId()));
        RunResult result = loop(context);
        fire(() -> new RunEvent.RunFinished(context.sessionId(), result.status(), result.steps(), result.error()));
        return result;
    }

    private RunResult loop(ExecutionContext context) {
        TaskQueue queue = context.queue();
        TaskGraph graph = context.graph();
        MemoryChannel channel = context.channel();
        CycleController cycles = context.cycles();
        RetryController retries = context.retries();
        Object last = null;
        while (true) {
            TaskSpec spec = queue.peek();
            if (spec == null) {
                return end(context, RunStatus.COMPLETED, last, null, null);
            }
            if (context.steps() >= context.maxSteps()) {
                return end(context, RunStatus.MAX_STEPS, last, null, null);
            }
            if (context.stopRequested()) {
                return end(context, RunStatus.STOPPED, last, null, null);
            }
            String id = spec.taskId();
            TaskGraph.Node node = graph.node(id);
            if (node == null) {
                return end(context, RunStatus.FAILED, last, new GraflowRuntimeException("Node '" + id
                        + "' not found in graph. Available nodes: " + graph.nodeIds()), id);
            }
            int retryCount = retries.count(id);
            if (!listeners.isEmpty()) {
                int attempt = retryCount + 1;
                fire(() -> new RunEvent.TaskStarting(context.sessionId(), id, attempt, context.steps()));
                if (context.stopRequested()) {
                    return end(context, RunStatus.STOPPED, last, null, null);
                }
            }
            queue.dequeue();
            context.resetControlFlags();
            Task task = node.task;
            Integer maxCycles = task.options().maxCycles();
            if (maxCycles != null) {
                cycles.setMaxCycles(node.baseId, maxCycles);
            }
            if (retryCount == 0) {
                cycles.increment(node.baseId);
            }
            long started = listeners.isEmpty() ? 0 : clock.nanoTime();
            Object value;
            try {
                if (task instanceof ParallelGroup group) {
                    value = runGroup(context, group);
                } else {
                    value = task.run(new TaskContext(this, context, task, node));
                }
                channel.set(node.resultKey, value);
            } catch (Exception | StackOverflowError failure) {
                channel.set(node.resultKey, failure);
                Throwable error = failure;
                if (failure instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                int max = retries.maxRetries(task);
                if (retryCount < max && !(failure instanceof InterruptedException)) {
                    String message = String.valueOf(error.getMessage());
                    int newCount = retries.increment(id, message);
                    RetryPolicy policy = task.options().retryPolicy();
                    long delay = policy == null ? 0 : policy.delayMillis(newCount - 1, nextJitter());
                    fire(() -> new RunEvent.TaskFailed(context.sessionId(), id, retryCount + 1, error, true));
                    fire(() -> new RunEvent.TaskRetried(context.sessionId(), id, newCount, max, delay, message));
                    try {
                        clock.sleep(delay);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        context.enqueueRetry(task, newCount, max, message);
                        return end(context, RunStatus.STOPPED, last, interrupted, id);
                    }
                    context.enqueueRetry(task, newCount, max, message);
                    fireQueued(context, id);
                    continue;
                }
                fire(() -> new RunEvent.TaskFailed(context.sessionId(), id, retryCount + 1, error, false));
                Throwable reported = retryCount > 0
                        ? new RetryLimitExceededException(id, retryCount + 1, max, failure)
                        : GraflowRuntimeException.wrap(failure);
                return end(context, RunStatus.FAILED, last, reported, id);
            }
            last = value;
            if (context.cancelCalled()) {
                String message = context.controlMessage() == null ? "Workflow canceled" : context.controlMessage();
                fire(() -> new RunEvent.Cancelled(context.sessionId(), id, message));
                return end(context, RunStatus.CANCELLED, last, new WorkflowCanceledException(id, message), id);
            }
            retries.reset(id);
            context.markCompleted(id);
            context.incrementStep();
            if (!listeners.isEmpty()) {
                long nanos = clock.nanoTime() - started;
                fire(() -> new RunEvent.TaskSucceeded(context.sessionId(), id, retryCount + 1, value, nanos));
            }
            if (context.terminateCalled()) {
                String message = context.controlMessage();
                fire(() -> new RunEvent.Terminated(context.sessionId(), id, message));
                RunResult failed = writeDeferred(context, id, last);
                return failed != null ? failed : end(context, RunStatus.TERMINATED, last, null, null);
            }
            if (!context.gotoCalled()) {
                for (String successor : node.successors) {
                    context.enqueueSuccessor(graph.node(successor).task);
                    fireQueued(context, successor);
                }
            }
            RunResult failed = writeDeferred(context, id, last);
            if (failed != null) {
                return failed;
            }
        }
    }

    private RunResult writeDeferred(ExecutionContext context, String id, Object last) {
        CheckpointRequest request = context.checkpointRequest();
        if (request == null) {
            return null;
        }
        try {
            writeCheckpoint(context, request, id);
        } catch (RuntimeException e) {
            return end(context, RunStatus.FAILED, last, e, id);
        } finally {
            context.clearCheckpointRequest();
        }
        return null;
    }

    /**
     * Writes a checkpoint of the context now through the configured writer.
     *
     * @param taskId the task that asked, for the event, or {@code null}
     * @return the written base path
     * @throws IllegalStateException if no writer is configured
     * @throws GraflowRuntimeException if the write failed
     */
    public String writeCheckpoint(ExecutionContext context, CheckpointRequest request, String taskId) {
        CheckpointWriter writer = checkpointWriter;
        if (writer == null) {
            throw new IllegalStateException("Task '" + taskId + "' asked for a checkpoint, but no checkpoint "
                    + "writer is configured (run with a checkpoint directory)");
        }
        String path;
        try {
            path = writer.write(context, request);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new GraflowRuntimeException("Checkpoint could not be written: " + e.getMessage(), e);
        }
        fire(() -> new RunEvent.CheckpointWritten(context.sessionId(), path, taskId, request.mode()));
        return path;
    }

    private Object runGroup(ExecutionContext context, ParallelGroup group) throws InterruptedException {
        List<String> members = group.memberIds();
        fire(() -> new RunEvent.GroupStarted(context.sessionId(), group.id(), members));
        int count = members.size();
        ExecutionContext[] branches = new ExecutionContext[count];
        RunResult[] outcomes = new RunResult[count];
        CountDownLatch done = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            ExecutionContext branch = context.createBranch(members.get(i));
            branch.enqueue(members.get(i));
            branches[i] = branch;
            int index = i;
            Runnable work = () -> {
                try {
                    outcomes[index] = execute(branch);
                } catch (RuntimeException | Error e) {
                    outcomes[index] = new RunResult(RunStatus.FAILED, branch.steps(), null, e, members.get(index));
                } finally {
                    done.countDown();
                }
            };
            try {
                executor.execute(work);
            } catch (RejectedExecutionException rejected) {
                work.run();
            }
        }
        done.await();
        List<TaskResult> results = new ArrayList<>(count);
        List<String> succeeded = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            RunResult outcome = outcomes[i];
            String member = members.get(i);
            boolean success = outcome.status().isSuccess();
            String message = success ? null : branchFailure(outcome);
            results.add(new TaskResult(member, success, message));
            if (success) {
                context.mergeBranch(branches[i]);
                succeeded.add(member);
            } else {
                failed.put(member, message);
            }
        }
        try {
            group.policy().evaluate(group.id(), results);
        } catch (ParallelGroupException e) {
            fire(() -> new RunEvent.GroupJoined(context.sessionId(), group.id(), succeeded, failed,
                    group.policy().name(), false));
            throw e;
        }
        fire(() -> new RunEvent.GroupJoined(context.sessionId(), group.id(), succeeded, failed,
                group.policy().name(), true));
        return null;
    }

    private static String branchFailure(RunResult outcome) {
        if (outcome.error() != null) {
            return outcome.error().getMessage();
        }
        if (outcome.status() == RunStatus.MAX_STEPS) {
            return "max steps reached inside the branch with tasks still pending";
        }
        return "branch ended with status " + outcome.status().wireName();
    }

    private RunResult end(ExecutionContext context, RunStatus status, Object last, Throwable error, String taskId) {
        return new RunResult(status, context.steps(), last, error, taskId);
    }

    private synchronized double nextJitter() {
        return jitter.nextDouble();
    }

    void fireJump(ExecutionContext context, String from, String to, JumpKind kind, boolean isNew) {
        if (!listeners.isEmpty()) {
            fire(() -> new RunEvent.Jump(context.sessionId(), from, to, kind, isNew));
            fireQueued(context, to);
        }
    }

    private void fireQueued(ExecutionContext context, String id) {
        if (!listeners.isEmpty()) {
            int size = context.queue().size();
            fire(() -> new RunEvent.TaskQueued(context.sessionId(), id, size));
        }
    }

    private void fire(java.util.function.Supplier<RunEvent> event) {
        if (listeners.isEmpty()) {
            return;
        }
        RunEvent made = event.get();
        for (RunListener listener : listeners) {
            try {
                listener.onEvent(made);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Run listener failed on " + made + ": " + e, e);
            }
        }
    }
}
