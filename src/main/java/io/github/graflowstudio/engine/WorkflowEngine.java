package io.github.graflowstudio.engine;

import io.github.graflowstudio.engine.event.JumpKind;
import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.engine.event.RunListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The scheduler loop (Graflow's {@code WorkflowEngine}): takes specs from the context's FIFO,
 * runs the graph's task for each id, stores results, applies control flow (cancel &gt; terminate
 * &gt; goto &gt; successors), retries with backoff, runs parallel groups on the executor, writes
 * deferred checkpoints, and reports {@link RunEvent}s.
 *
 * <p>Deliberate differences from Graflow: when {@code maxSteps} stops a run the next task stays
 * pending and the status is {@link RunStatus#MAX_STEPS}; a task's retry count is reset when it
 * succeeds; iteration ids are deterministic; a failed run returns a {@link RunResult} with the
 * error instead of throwing; a parallel-group branch that hits {@code maxSteps} counts as failed;
 * a branch's cycle counts are added to the parent's (Graflow overwrites them).
 *
 * <p>Events, in order for one task: {@code TaskStarting} (before the task is taken from the queue,
 * so a listener may stop the run and leave it pending), then what the task does
 * ({@code Jump} followed by {@code TaskQueued} for its target, group events, immediate
 * checkpoints), then {@code TaskSucceeded} or {@code TaskFailed} (+ {@code TaskRetried} and
 * {@code TaskQueued} for the retry), then {@code Terminated}/{@code Cancelled}, {@code TaskQueued}
 * for each successor, and {@code CheckpointWritten} for a deferred checkpoint. A run is framed by
 * {@code RunStarted} (followed by one {@code TaskQueued} per spec already pending) and
 * {@code RunFinished}. Every enqueue through the context while it runs is reported.
 *
 * <p>Thread-safe: one engine may run several contexts at once (parallel-group branches do, on the
 * executor's threads); each context is confined to the thread running it. Listeners are called
 * on the thread that produced the event, so with a multi-threaded executor they must be
 * thread-safe. A group waits for its branches and meanwhile runs branches the executor has not
 * started yet itself, so nested groups cannot starve a bounded thread pool.
 */
public final class WorkflowEngine {
    private static final System.Logger LOG = System.getLogger(WorkflowEngine.class.getName());

    private final Executor executor;
    private final EngineClock clock;
    private final CopyOnWriteArrayList<RunListener> listeners = new CopyOnWriteArrayList<>();
    /** Listeners that failed once: later failures are logged at debug level only. */
    private final Set<RunListener> failedListeners = ConcurrentHashMap.newKeySet();
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
        failedListeners.remove(listener);
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
     * are in the result. Calling it again continues with what is still queued.
     */
    public RunResult execute(ExecutionContext context) {
        WorkflowEngine outer = context.runningEngine();
        context.runningEngine(this);
        try {
            if (!listeners.isEmpty()) {
                List<TaskSpec> pending = context.queue().pendingSpecs();
                String first = pending.isEmpty() ? null : pending.get(0).taskId();
                fire(() -> new RunEvent.RunStarted(context.sessionId(), first));
                for (int i = 0; i < pending.size(); i++) {
                    String id = pending.get(i).taskId();
                    int size = i + 1;
                    fire(() -> new RunEvent.TaskQueued(context.sessionId(), id, size));
                }
            }
            RunResult result = loop(context);
            fire(() -> new RunEvent.RunFinished(context.sessionId(), result.status(), result.steps(), result.error()));
            return result;
        } finally {
            context.runningEngine(outer);
        }
    }

    private RunResult loop(ExecutionContext context) {
        TaskQueue queue = context.queue();
        MemoryChannel channel = context.channel();
        CycleController cycles = context.cycles();
        RetryController retries = context.retries();
        Object last = null;
        while (true) {
            if (context.steps() >= context.maxSteps() || context.stopRequested()) {
                if (queue.isEmpty()) {
                    return end(context, RunStatus.COMPLETED, last, null, null);
                }
                RunStatus status = context.steps() >= context.maxSteps() ? RunStatus.MAX_STEPS : RunStatus.STOPPED;
                return end(context, status, last, null, null);
            }
            boolean observed = !listeners.isEmpty();
            TaskSpec spec = observed ? queue.peek() : queue.dequeue();
            if (spec == null) {
                return end(context, RunStatus.COMPLETED, last, null, null);
            }
            TaskGraph.Node node = spec.node;
            String id = node.id;
            int retryCount = retries.count(id);
            if (observed) {
                int attempt = retryCount + 1;
                int step = context.steps();
                fire(() -> new RunEvent.TaskStarting(context.sessionId(), id, attempt, step));
                if (context.stopRequested()) {
                    return end(context, RunStatus.STOPPED, last, null, null);
                }
                if (queue.peek() != spec) {
                    continue; // a listener changed the queue: start over with its new head
                }
                queue.dequeue();
            }
            ControlFlags flags = context.controlFlags();
            flags.reset();
            Task task = node.task;
            Integer maxCycles = task.options().maxCycles();
            if (maxCycles != null) {
                cycles.setMaxCycles(node.baseId, maxCycles);
            }
            if (retryCount == 0) {
                cycles.increment(node);
            }
            long started = observed ? clock.nanoTime() : 0;
            Object value;
            try {
                if (task instanceof ParallelGroup group) {
                    value = runGroup(context, group);
                } else {
                    value = task.run(new TaskContext(this, context, task, node));
                }
                channel.set(node.resultKey, value);
            } catch (Exception | Error failure) {
                if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
                    throw (VirtualMachineError) failure;
                }
                channel.set(node.resultKey, failure);
                RunResult failed = failed(context, node, task, failure, retryCount, last);
                if (failed != null) {
                    return failed;
                }
                continue;
            }
            last = value;
            if (flags.cancelCalled()) {
                String message = flags.cancelMessage() == null ? "Workflow canceled" : flags.cancelMessage();
                fire(() -> new RunEvent.Cancelled(context.sessionId(), id, message));
                return end(context, RunStatus.CANCELLED, last, new WorkflowCanceledException(id, message), id);
            }
            retries.reset(id);
            context.markCompleted(node);
            context.incrementStep();
            if (observed) {
                long nanos = clock.nanoTime() - started;
                int attempt = retryCount + 1;
                fire(() -> new RunEvent.TaskSucceeded(context.sessionId(), id, attempt, value, nanos));
            }
            if (flags.terminateCalled()) {
                String message = flags.terminateMessage();
                fire(() -> new RunEvent.Terminated(context.sessionId(), id, message));
                RunResult failed = writeDeferred(context, id, last);
                return failed != null ? failed : end(context, RunStatus.TERMINATED, last, null, null);
            }
            if (!flags.gotoCalled()) {
                EdgeList successors = node.successors;
                for (int i = 0; i < successors.count; i++) {
                    context.enqueueSuccessor(successors.nodes[i]);
                }
            }
            RunResult failed = writeDeferred(context, id, last);
            if (failed != null) {
                return failed;
            }
        }
    }

    /** Handles a failed attempt: schedules a retry (returns null) or ends the run. */
    private RunResult failed(ExecutionContext context, TaskGraph.Node node, Task task, Throwable failure,
                             int retryCount, Object last) {
        String id = node.id;
        RetryController retries = context.retries();
        boolean interrupted = failure instanceof InterruptedException;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        int max = retries.maxRetries(task);
        int attempt = retryCount + 1;
        String message = messageOf(failure);
        if (retryCount < max && !interrupted) {
            int newCount = retries.increment(id, message);
            RetryPolicy policy = task.options().retryPolicy();
            long delay = policy == null ? 0 : policy.delayMillis(newCount - 1, policy.jitter() ? nextJitter() : 0);
            fire(() -> new RunEvent.TaskFailed(context.sessionId(), id, attempt, failure, true));
            fire(() -> new RunEvent.TaskRetried(context.sessionId(), id, newCount, max, delay, message));
            try {
                if (delay > 0) {
                    clock.sleep(delay);
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                context.enqueueRetry(node, newCount, max, message);
                return end(context, RunStatus.STOPPED, last, stop, id);
            }
            context.enqueueRetry(node, newCount, max, message);
            return null;
        }
        fire(() -> new RunEvent.TaskFailed(context.sessionId(), id, attempt, failure, false));
        Throwable reported;
        if (retryCount > 0) {
            int count = retries.increment(id, message);
            reported = new RetryLimitExceededException(id, count, max, failure);
        } else {
            reported = GraflowRuntimeException.wrap(failure);
        }
        return end(context, RunStatus.FAILED, last, reported, id);
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message != null ? message : failure.toString();
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

    /** One member's branch: runs at most once, on an executor thread or on the waiting thread. */
    private final class Branch implements Runnable {
        private final ExecutionContext context;
        private final String member;
        private final CountDownLatch done;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private volatile RunResult outcome;

        Branch(ExecutionContext context, String member, CountDownLatch done) {
            this.context = context;
            this.member = member;
            this.done = done;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                outcome = execute(context);
            } catch (RuntimeException | Error e) {
                outcome = new RunResult(RunStatus.FAILED, context.steps(), null, e, member);
                if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                    throw e;
                }
            } finally {
                done.countDown();
            }
        }
    }

    private Object runGroup(ExecutionContext context, ParallelGroup group) throws InterruptedException {
        List<String> members = group.memberIds();
        int count = members.size();
        CountDownLatch done = new CountDownLatch(count);
        List<Branch> branches = new ArrayList<>(count);
        for (String member : members) {
            ExecutionContext branch = context.createBranch(member);
            branch.enqueue(member);
            branches.add(new Branch(branch, member, done));
        }
        fire(() -> new RunEvent.GroupStarted(context.sessionId(), group.id(), members));
        for (Branch branch : branches) {
            try {
                executor.execute(branch);
            } catch (RejectedExecutionException rejected) {
                branch.run();
            }
        }
        for (Branch branch : branches) {
            branch.run(); // runs it here unless an executor thread already took it
        }
        done.await();
        List<TaskResult> results = new ArrayList<>(count);
        List<String> succeeded = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (Branch branch : branches) {
            RunResult outcome = branch.outcome;
            boolean success = outcome.status().isSuccess();
            String message = success ? null : branchFailure(outcome);
            results.add(new TaskResult(branch.member, success, message));
            if (success) {
                context.mergeBranch(branch.context);
                succeeded.add(branch.member);
            } else {
                failed.put(branch.member, message);
            }
        }
        try {
            group.policy().evaluate(group.id(), results);
        } catch (RuntimeException e) {
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
            return messageOf(outcome.error());
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
        }
    }

    /** Reports a spec the context just queued (called by the context while this engine runs it). */
    void queued(ExecutionContext context, TaskSpec spec) {
        if (!listeners.isEmpty()) {
            int size = context.queue().size();
            String id = spec.taskId();
            fire(() -> new RunEvent.TaskQueued(context.sessionId(), id, size));
        }
    }

    private void fire(Supplier<RunEvent> event) {
        if (listeners.isEmpty()) {
            return;
        }
        RunEvent made = event.get();
        for (RunListener listener : listeners) {
            try {
                listener.onEvent(made);
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
                if (failedListeners.add(listener)) {
                    LOG.log(System.Logger.Level.WARNING, "Run listener " + listener + " failed on " + made
                            + " (further failures of this listener are logged at debug level): " + e, e);
                } else {
                    LOG.log(System.Logger.Level.DEBUG, "Run listener " + listener + " failed on " + made + ": " + e);
                }
            }
        }
    }
}
