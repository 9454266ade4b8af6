package io.github.graflowstudio.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The state of one run (Graflow's {@code ExecutionContext}): the graph, the queue, the channel,
 * steps, completed tasks, cycle and retry controllers, control flags and checkpoint requests.
 *
 * <p>Every spec in the queue is made here from the graph's own task object: there is no way to
 * queue a task the graph does not hold. {@link #create} refuses an unknown start node with a
 * message listing the available nodes.
 *
 * <p>Not thread-safe: confined to the thread that runs it (the engine), except
 * {@link #requestStop()} and the read-only snapshots a paused debugger takes.
 */
public final class ExecutionContext {
    /** Graflow's default step limit. */
    public static final int DEFAULT_MAX_STEPS = 10_000;
    /** Graflow's default cycle limit per task. */
    public static final int DEFAULT_MAX_CYCLES = 10;

    private final TaskGraph graph;
    private final String sessionId;
    private final String traceId;
    private final String startNode;
    private final int maxSteps;
    private final EngineClock clock;
    private final TaskQueue queue = new TaskQueue();
    private final MemoryChannel channel;
    private final CycleController cycles;
    private final RetryController retries;
    private final IdTable completed;
    private final ExecutionContext parent;
    /** The engine running this context right now (set and read on the running thread), or null. */
    private WorkflowEngine runningEngine;
    private int steps;
    private long dynamicSerial;

    private final ControlFlags controlFlags = new ControlFlags();
    private CheckpointRequest checkpointRequest;
    private Map<String, Object> checkpointMetadata = Map.of();
    private String lastCheckpointPath;
    private volatile boolean stopRequested;

    private ExecutionContext(Builder builder, String sessionId) {
        this.graph = builder.graph;
        this.sessionId = sessionId;
        this.traceId = builder.traceId == null ? sessionId : builder.traceId;
        this.startNode = builder.startNode;
        this.maxSteps = builder.maxSteps;
        this.clock = builder.clock;
        this.channel = new MemoryChannel(builder.initialChannel);
        this.cycles = new CycleController(builder.defaultMaxCycles, graph);
        this.completed = new IdTable(graph);
        this.retries = new RetryController(builder.defaultMaxRetries);
        this.parent = null;
        if (startNode != null && builder.enqueueStart) {
            enqueue(startNode);
        }
    }

    /** A branch of {@code parent}: see {@link #createBranch}. */
    private ExecutionContext(ExecutionContext parent, String sessionId) {
        this.graph = parent.graph;
        this.sessionId = sessionId;
        this.traceId = parent.traceId;
        this.startNode = null;
        this.maxSteps = parent.maxSteps;
        this.clock = parent.clock;
        this.channel = new MemoryChannel(parent.channel);
        this.cycles = new CycleController(parent.cycles.defaultMaxCycles(), graph);
        this.cycles.copyLimitsFrom(parent.cycles);
        this.completed = new IdTable(graph);
        this.retries = new RetryController(parent.retries.defaultMaxRetries());
        this.parent = parent;
    }

    /**
     * Makes a context whose queue holds the start node: the very task object the graph holds.
     *
     * @param graph     the graph (the owner of every task)
     * @param startNode the first task id, or {@code null} for an empty queue
     * @param maxSteps  the step limit
     * @return a new context with a random 32-hex session id
     * @throws IllegalArgumentException {@code Start node '<id>' not found in graph. Available nodes: [...]}
     */
    public static ExecutionContext create(TaskGraph graph, String startNode, int maxSteps) {
        return builder(graph).startNode(startNode).maxSteps(maxSteps).build();
    }

    /** A builder for contexts with other settings (session id, clock, defaults, channel). */
    public static Builder builder(TaskGraph graph) {
        return new Builder(graph);
    }

    // ----- queue -------------------------------------------------------------------------

    /**
     * Queues the graph's task for {@code taskId} at the end of the FIFO.
     *
     * @throws IllegalArgumentException if the graph has no such node (message lists the nodes)
     */
    public TaskSpec enqueue(String taskId) {
        TaskGraph.Node node = requireNode(taskId);
        TaskSpec spec = new TaskSpec(node, clock.epochSeconds(), 0, retries.maxRetries(node.task), null, null);
        push(spec);
        return spec;
    }

    /**
     * Queues a spec with restored bookkeeping (resume). The task still comes from the graph.
     *
     * @throws IllegalArgumentException if the graph has no such node
     */
    public TaskSpec enqueueRestored(String taskId, double createdAt, int retryCount, int maxRetries,
                                    String lastError, String groupId) {
        TaskGraph.Node node = requireNode(taskId);
        TaskSpec spec = new TaskSpec(node, createdAt, retryCount, maxRetries, lastError, groupId);
        push(spec);
        return spec;
    }

    TaskSpec enqueueRetry(TaskGraph.Node node, int retryCount, int maxRetries, String lastError) {
        TaskSpec spec = new TaskSpec(node, clock.epochSeconds(), retryCount, maxRetries, lastError, null);
        push(spec);
        return spec;
    }

    void enqueueSuccessor(TaskGraph.Node node) {
        push(new TaskSpec(node, clock.epochSeconds(), 0, retries.maxRetries(node.task), null, null));
    }

    private void push(TaskSpec spec) {
        queue.enqueue(spec);
        WorkflowEngine engine = runningEngine;
        if (engine != null) {
            engine.queued(this, spec);
        }
    }

    private TaskGraph.Node requireNode(String taskId) {
        TaskGraph.Node node = taskId == null ? null : graph.node(taskId);
        if (node == null) {
            throw new IllegalArgumentException("Task '" + taskId + "' not found in graph. Available nodes: "
                    + graph.nodeIds());
        }
        return node;
    }

    /** Binds the engine that runs this context (for queue events); {@code null} when the run ends. */
    void runningEngine(WorkflowEngine engine) {
        this.runningEngine = engine;
    }

    WorkflowEngine runningEngine() {
        return runningEngine;
    }

    // ----- accessors ---------------------------------------------------------------------

    /** The graph (shared with branches; dynamic tasks are added to it). */
    public TaskGraph graph() {
        return graph;
    }

    /** The session id (32 lower-case hex for a root context, {@code <parent>_<member>} for a branch). */
    public String sessionId() {
        return sessionId;
    }

    /** The trace id: the session id of the root context. */
    public String traceId() {
        return traceId;
    }

    /** The start node, or {@code null}. */
    public String startNode() {
        return startNode;
    }

    /** The step limit. */
    public int maxSteps() {
        return maxSteps;
    }

    /** Steps completed (branch steps included after their group joined). */
    public int steps() {
        return steps;
    }

    void incrementStep() {
        steps++;
    }

    /** The queue. */
    public TaskQueue queue() {
        return queue;
    }

    /** The channel. */
    public MemoryChannel channel() {
        return channel;
    }

    /** The clock. */
    public EngineClock clock() {
        return clock;
    }

    /** Cycle counts and limits. */
    public CycleController cycles() {
        return cycles;
    }

    /** Retry counts and last errors. */
    public RetryController retries() {
        return retries;
    }

    /** The parent context for a branch, or {@code null}. */
    public ExecutionContext parent() {
        return parent;
    }

    /** Whether this is a parallel-group branch context. */
    public boolean isBranch() {
        return parent != null;
    }

    /** Completed task ids in first-completion order, no duplicates. */
    public List<String> completedTasks() {
        return completed.keys();
    }

    /** Whether the id completed at least once. */
    public boolean isCompleted(String taskId) {
        return completed.contains(taskId);
    }

    void markCompleted(TaskGraph.Node node) {
        if (!completed.contains(node)) {
            completed.put(node, 0);
        }
    }

    /** A task's result from the channel, or {@code defaultValue}. */
    public Object result(String taskId, Object defaultValue) {
        return channel.get(Channel.resultKey(taskId), defaultValue);
    }

    /** Every result in the channel keyed by task id, in channel order. */
    public Map<String, Object> results() {
        Map<String, Object> results = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : channel.snapshot().entrySet()) {
            String key = entry.getKey();
            if (key.endsWith(Channel.RESULT_SUFFIX)) {
                results.put(key.substring(0, key.length() - Channel.RESULT_SUFFIX.length()), entry.getValue());
            }
        }
        return results;
    }

    long nextDynamicSerial() {
        return dynamicSerial++;
    }

    /** Counter used to derive deterministic iteration ids (checkpointed so resume repeats them). */
    public long dynamicSerial() {
        return dynamicSerial;
    }

    /** What the running task asked for: a goto, a termination or a cancellation (engine thread). */
    ControlFlags controlFlags() {
        return controlFlags;
    }

    /** Asks the engine to stop before the next task; that task stays pending. Thread-safe. */
    public void requestStop() {
        stopRequested = true;
    }

    /** Whether a stop was requested (for a branch: also on its parent). */
    public boolean stopRequested() {
        return stopRequested || (parent != null && parent.stopRequested());
    }

    /** Clears a stop request so the run can continue. */
    public void clearStopRequest() {
        stopRequested = false;
    }

    // ----- checkpoints -------------------------------------------------------------------

    /** Records a deferred checkpoint request; the engine writes it after the current task. */
    public void requestCheckpoint(CheckpointRequest request) {
        this.checkpointRequest = Objects.requireNonNull(request);
    }

    /** The pending checkpoint request, or {@code null}. */
    public CheckpointRequest checkpointRequest() {
        return checkpointRequest;
    }

    /** Drops the pending checkpoint request. */
    public void clearCheckpointRequest() {
        checkpointRequest = null;
    }

    /** Metadata of the last checkpoint written or resumed from. */
    public Map<String, Object> checkpointMetadata() {
        return checkpointMetadata;
    }

    /** Path of the last checkpoint written or resumed from, or {@code null}. */
    public String lastCheckpointPath() {
        return lastCheckpointPath;
    }

    /** Records the last checkpoint (called by checkpoint writers and resume). */
    public void recordCheckpoint(String path, Map<String, Object> metadata) {
        this.lastCheckpointPath = path;
        this.checkpointMetadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    // ----- restore (resume) --------------------------------------------------------------

    /**
     * Restores run bookkeeping from a checkpoint: steps, completed tasks, cycle counts, retry
     * state and the dynamic-id counter. Only for contexts built for a resume, before running.
     */
    public void restore(int savedSteps, List<String> completedTasks, Map<String, Integer> cycleCounts,
                        Map<String, Integer> retryCounts, Map<String, String> lastErrors, long savedDynamicSerial) {
        this.steps = savedSteps;
        for (String id : completedTasks) {
            if (!completed.contains(id)) {
                completed.put(id, 0);
            }
        }
        this.cycles.restore(cycleCounts);
        this.retries.restore(retryCounts, lastErrors);
        this.dynamicSerial = savedDynamicSerial;
    }

    /** Restores per-node cycle limits recorded in a checkpoint. */
    public void restoreCycleLimits(Map<String, Integer> limits) {
        limits.forEach(cycles::setMaxCycles);
    }

    /** Per-node cycle limits set so far (for checkpoints). */
    public Map<String, Integer> cycleLimits() {
        return cycles.nodeLimits();
    }

    // ----- branches ----------------------------------------------------------------------

    /**
     * A branch context for one parallel-group member: session {@code <session>_<member>}, the same
     * trace, graph, step limit and defaults, a copy of the channel, the parent's per-node cycle
     * limits, zero cycle counts and an empty queue.
     */
    ExecutionContext createBranch(String memberId) {
        return new ExecutionContext(this, TaskIds.requireValid(sessionId + "_" + memberId));
    }

    /**
     * Merges a successful branch. Every key of its channel overwrites the parent's (as in Graflow,
     * also keys it only inherited, so with several branches the later member's copy wins; branches
     * are merged in member order). Its steps and cycle counts are added: a branch counts cycles
     * from zero as in Graflow, which then overwrites the parent's counts; this port adds them.
     * Completed tasks are not merged (the parent records the group id).
     */
    void mergeBranch(ExecutionContext branch) {
        channel.mergeFrom(branch.channel);
        steps += branch.steps;
        cycles.mergeFrom(branch.cycles);
    }

    /** Builds contexts. Not thread-safe. */
    public static final class Builder {
        private final TaskGraph graph;
        /** {@code null} until set or until the first {@link #build}, which makes a random one. */
        private String sessionId;
        private String traceId;
        private String startNode;
        private boolean enqueueStart = true;
        private int maxSteps = DEFAULT_MAX_STEPS;
        private int defaultMaxCycles = DEFAULT_MAX_CYCLES;
        private int defaultMaxRetries;
        private EngineClock clock = EngineClock.system();
        private Map<String, Object> initialChannel = Map.of();

        private Builder(TaskGraph graph) {
            this.graph = Objects.requireNonNull(graph, "graph");
        }

        /** The session id (default: 32 random lower-case hex digits). */
        public Builder sessionId(String id) {
            this.sessionId = TaskIds.requireValid(id);
            return this;
        }

        /** The trace id (default: the session id). */
        public Builder traceId(String id) {
            this.traceId = id;
            return this;
        }

        /** The start node; must be a node of the graph, or {@code null}. */
        public Builder startNode(String id) {
            this.startNode = id;
            return this;
        }

        /** Whether the start node is queued (false when a resume restores the queue itself). */
        public Builder enqueueStart(boolean enqueue) {
            this.enqueueStart = enqueue;
            return this;
        }

        /** The step limit (at least 1). */
        public Builder maxSteps(int steps) {
            if (steps < 1) {
                throw new IllegalArgumentException("maxSteps must be >= 1, was " + steps);
            }
            this.maxSteps = steps;
            return this;
        }

        /** The default cycle limit. */
        public Builder defaultMaxCycles(int cycles) {
            this.defaultMaxCycles = cycles;
            return this;
        }

        /** The default retry limit. */
        public Builder defaultMaxRetries(int retries) {
            this.defaultMaxRetries = retries;
            return this;
        }

        /** The clock. */
        public Builder clock(EngineClock engineClock) {
            this.clock = Objects.requireNonNull(engineClock);
            return this;
        }

        /** Initial channel entries. */
        public Builder initialChannel(Map<String, ?> values) {
            this.initialChannel = new LinkedHashMap<>(values);
            return this;
        }

        /**
         * Builds the context.
         *
         * @throws IllegalArgumentException if the start node is not in the graph
         */
        public ExecutionContext build() {
            if (startNode != null && !graph.hasNode(startNode)) {
                throw new IllegalArgumentException("Start node '" + startNode + "' not found in graph. Available nodes: "
                        + graph.nodeIds());
            }
            if (sessionId == null) {
                sessionId = UUID.randomUUID().toString().replace("-", ""); // kept: every build gets the same
            }
            return new ExecutionContext(this, sessionId);
        }
    }
}
