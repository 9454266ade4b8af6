package io.github.graflowstudio.engine;

import io.github.graflowstudio.engine.event.JumpKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a running task sees (Graflow's {@code TaskExecutionContext}): its id and counters, the
 * channel and upstream results, parameter resolution, and dynamic control flow
 * ({@code next_task}, {@code next_iteration}, goto, terminate, cancel, checkpoint).
 *
 * <p>Not thread-safe: valid only on the thread running the task, while it runs.
 */
public final class TaskContext {
    private final WorkflowEngine engine;
    private final ExecutionContext context;
    private final Task task;
    private final TaskGraph.Node node;
    private final long startNanos;

    TaskContext(WorkflowEngine engine, ExecutionContext context, Task task, TaskGraph.Node node) {
        this.engine = engine;
        this.context = context;
        this.task = task;
        this.node = node;
        this.startNanos = context.clock().nanoTime();
    }

    /** The running task's id. */
    public String taskId() {
        return task.id();
    }

    /** The id without iteration suffix: where cycle counts are kept. */
    public String baseId() {
        return node.baseId;
    }

    /** The run's context. */
    public ExecutionContext executionContext() {
        return context;
    }

    /** The graph. */
    public TaskGraph graph() {
        return context.graph();
    }

    /** The session id. */
    public String sessionId() {
        return context.sessionId();
    }

    /** The channel. */
    public Channel channel() {
        return context.channel();
    }

    /** A schema-checked view of the channel (Graflow's {@code get_typed_channel}). */
    public TypedChannel typedChannel(Map<String, Class<?>> schema) {
        return new TypedChannel(context.channel(), schema);
    }

    /** Cycles taken by the base id, this run included. */
    public int cycleCount() {
        return context.cycles().count(node);
    }

    /** The base id's cycle limit. */
    public int maxCycles() {
        return context.cycles().maxCycles(node.baseId);
    }

    /** Retries already taken by this task. */
    public int retryCount() {
        return context.retries().count(task.id());
    }

    /** The task's retry limit. */
    public int maxRetries() {
        return context.retries().maxRetries(task);
    }

    /** Whether {@link #nextIteration} would be accepted. */
    public boolean canIterate() {
        return context.cycles().acceptNextCycle(node.baseId);
    }

    /** Seconds since this attempt started. */
    public double elapsedSeconds() {
        return (context.clock().nanoTime() - startNanos) / 1e9;
    }

    /** The data of a {@code next_iteration} task, or {@code null}. */
    public Object iterationData() {
        return task instanceof IterationTask iteration ? iteration.data() : null;
    }

    /** An upstream task's result, or {@code defaultValue}. */
    public Object result(String taskId, Object defaultValue) {
        return context.result(taskId, defaultValue);
    }

    /**
     * An upstream task's result converted to {@code type} (numbers are widened or narrowed), or
     * empty if the task has no result or its result is {@code null}. (Not an overload of
     * {@link #result(String, Object)}, so {@code result(id, null)} stays unambiguous.)
     *
     * @throws ClassCastException naming the key, the expected and the actual type
     */
    public <T> Optional<T> resultAs(String taskId, Class<T> type) {
        return context.channel().get(Channel.resultKey(taskId), type);
    }

    /**
     * Resolves a parameter by name as Graflow does: channel key {@code <name>.__result__}
     * first (a parameter named after an upstream task gets its result), then {@code <name>}.
     */
    public Optional<Object> param(String name) {
        MemoryChannel channel = context.channel();
        String resultKey = Channel.resultKey(name);
        if (channel.exists(resultKey)) {
            return Optional.ofNullable(channel.get(resultKey));
        }
        if (channel.exists(name)) {
            return Optional.ofNullable(channel.get(name));
        }
        return Optional.empty();
    }

    /** Typed parameter resolution. */
    public <T> Optional<T> param(String name, Class<T> type) {
        return param(name).map(value -> MemoryChannel.convert(name, value, type));
    }

    /** Whether a parameter of that name resolves. */
    public boolean hasParam(String name) {
        return context.channel().exists(Channel.resultKey(name)) || context.channel().exists(name);
    }

    // ----- dynamic control flow ------------------------------------------------------------

    /**
     * {@code next_task(task)}: a new task is added to the graph and queued (successors still run);
     * the graph's existing node (the same object) is queued as an auto-goto (successors skipped).
     *
     * @return the queued id
     */
    public String nextTask(Task next) {
        return nextTask(next, false);
    }

    /**
     * {@code next_task(task, goto)}.
     *
     * @throws IllegalArgumentException if a different task object already uses the id
     */
    public String nextTask(Task next, boolean gotoFlag) {
        boolean isNew = context.graph().addNodeIfAbsent(next);
        return jump(next.id(), isNew, gotoFlag, JumpKind.NEXT_TASK);
    }

    /** Jumps to an existing node: it is queued and this task's successors are skipped. */
    public String gotoTask(String taskId) {
        if (!context.graph().hasNode(taskId)) {
            throw new IllegalArgumentException("goto target '" + taskId + "' not found in graph. Available nodes: "
                    + context.graph().nodeIds());
        }
        return jump(taskId, false, true, JumpKind.GOTO);
    }

    private String jump(String targetId, boolean isNew, boolean gotoFlag, JumpKind requested) {
        boolean skipsSuccessors = gotoFlag || !isNew;
        JumpKind kind = requested == JumpKind.NEXT_ITERATION ? requested
                : (skipsSuccessors ? JumpKind.GOTO : JumpKind.NEXT_TASK);
        engine.fireJump(context, task.id(), targetId, kind, isNew);
        context.enqueue(targetId);
        if (skipsSuccessors) {
            context.controlFlags().markGoto();
        }
        return targetId;
    }

    /** {@code next_iteration()} without data. */
    public String nextIteration() {
        return nextIteration(null);
    }

    /**
     * {@code next_iteration(data)}: queues a new task {@code <base>_cycle_<n>_<hex8>} that runs the
     * base task again with {@code data}. The hex part is derived from the session, base id and
     * a per-run counter (not random), so a resumed run repeats the same ids.
     *
     * @throws CycleLimitExceededException if the base id has used its cycles
     */
    public String nextIteration(Object data) {
        TaskGraph graph = context.graph();
        String base = graph.hasNode(node.baseId) ? node.baseId : task.id();
        Task baseTask = graph.findTask(base);
        if (baseTask == null) {
            throw new IllegalArgumentException("Iteration base '" + base + "' not found in graph");
        }
        context.cycles().checkLimit(base);
        int count = context.cycles().count(base);
        String id = base + "_cycle_" + count + "_" + hex8(context.sessionId(), base, context.nextDynamicSerial());
        Task baseBody = baseTask instanceof IterationTask iteration ? iteration.base() : baseTask;
        IterationTask iteration = new IterationTask(id, baseBody, data);
        boolean isNew = graph.addNodeIfAbsent(iteration);
        engine.fireJump(context, task.id(), id, JumpKind.NEXT_ITERATION, isNew);
        context.enqueue(id);
        if (!isNew) {
            context.controlFlags().markGoto();
        }
        return id;
    }

    /** Stops the run normally after this task (it counts as completed; queued tasks stay). */
    public void terminateWorkflow(String message) {
        context.controlFlags().markTerminate(message);
    }

    /** Stops the run abnormally after this task (it does not count as completed). */
    public void cancelWorkflow(String message) {
        context.controlFlags().markCancel(message);
    }

    /**
     * Requests a checkpoint. Deferred (default): written after this task completes and its
     * successors are queued. Immediate: written now, and resume re-runs this task first.
     *
     * @param metadata user metadata (the keys {@code task_id}, {@code cycle_count},
     *                 {@code elapsed_time}, {@code mode} are added unless given)
     * @param path     base path or {@code null} for the automatic one
     * @param deferred whether to defer
     * @return the written path for an immediate checkpoint, else {@code null}
     */
    public String checkpoint(Map<String, Object> metadata, String path, boolean deferred) {
        Map<String, Object> meta = new LinkedHashMap<>(metadata == null ? Map.of() : metadata);
        meta.putIfAbsent("task_id", task.id());
        meta.putIfAbsent("cycle_count", cycleCount());
        meta.putIfAbsent("elapsed_time", elapsedSeconds());
        meta.putIfAbsent("mode", deferred ? "deferred" : "immediate");
        if (deferred) {
            context.requestCheckpoint(new CheckpointRequest(meta, path, null, "deferred"));
            return null;
        }
        return engine.writeCheckpoint(context, new CheckpointRequest(meta, path, task.id(), "immediate"), task.id());
    }

    /** Eight hex digits derived from the session, base id and serial (FNV-1a, stable across runs). */
    static String hex8(String sessionId, String base, long serial) {
        int hash = 0x811c9dc5;
        String text = sessionId + '\u0000' + base + '\u0000' + serial;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x01000193;
        }
        return String.format("%08x", hash);
    }
}
