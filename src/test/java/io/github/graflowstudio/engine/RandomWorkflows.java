package io.github.graflowstudio.engine;

import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.engine.event.RunListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded random workflows for property tests: {@link #generate(long)} builds the same graph for the
 * same seed, out of built-in-like behaviours (chains, fan-outs without a join, parallel groups with
 * every policy and member chains, goto loops bounded by counters in the channel,
 * {@code next_iteration} loops, dynamic tasks, failures with retries, terminate and cancel).
 *
 * <p>Every task is made with {@link Tasks#ofKind} under a kind {@code random.<behaviour>} and a
 * small JSON-like config, and behaves as a pure function of that config and what the engine
 * restores on resume (channel, cycle and retry counts, steps): no Java-side state. So a
 * checkpoint can refer to each task by its {@link TaskReference.Kind} and {@link #rebuild} makes
 * an equivalent task again; iteration nodes are rebuilt with {@link Tasks#iteration}. Results are
 * ints and strings only, so traces compare as text.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * RandomWorkflows.Generated workflow = RandomWorkflows.generate(seed);
 * RandomWorkflows.Trace trace = new RandomWorkflows.Trace();
 * WorkflowEngine engine = RandomWorkflows.engine();
 * engine.addListener(trace);
 * ExecutionContext context = workflow.newContext();
 * RunResult result = engine.execute(context);
 * List<String> steps = trace.lines();                       // what ran, in order
 * List<String> state = RandomWorkflows.finalState(context, result);
 * }</pre>
 *
 * <p>Stateless and thread-safe; a generated graph is mutated by runs (dynamic tasks), so run
 * each {@link Generated} once or generate it again.
 */
public final class RandomWorkflows {
    /** The session id of {@link Generated#newContext()}: iteration ids depend on it. */
    public static final String SESSION_ID = "5eed5eed5eed5eed5eed5eed5eed5eed";
    /** Prefix of every kind this generator uses. */
    public static final String KIND_PREFIX = "random.";

    private RandomWorkflows() {
    }

    /**
     * A generated workflow.
     *
     * @param seed      the seed it came from
     * @param graph     the graph (fresh for each call of {@link #generate})
     * @param startNode the id to start from
     * @param maxSteps  the step limit to run it with
     * @param outline   one line per building block, for failure messages
     */
    public record Generated(long seed, TaskGraph graph, String startNode, int maxSteps, List<String> outline) {
        /** A context with {@link #SESSION_ID}, the start node queued and {@link #maxSteps}. */
        public ExecutionContext newContext() {
            return ExecutionContext.builder(graph).sessionId(SESSION_ID).startNode(startNode).maxSteps(maxSteps)
                    .build();
        }

        @Override
        public String toString() {
            return "seed " + seed + ": " + String.join(" | ", outline);
        }
    }

    /** An engine that runs groups on the calling thread and never sleeps (retries have no backoff). */
    public static WorkflowEngine engine() {
        return new WorkflowEngine(Runnable::run, EngineClock.system());
    }

    /**
     * Builds the workflow for {@code seed}: the same seed always gives an equal graph (same ids,
     * kinds, configs, edges and groups).
     */
    public static Generated generate(long seed) {
        Builder builder = new Builder(new SplittableRandom(seed));
        builder.build();
        return new Generated(seed, builder.graph, builder.start, 400, List.copyOf(builder.outline));
    }

    /**
     * Makes the task a {@link TaskReference.Kind} of this generator describes, as
     * {@link #generate} made it.
     *
     * @throws IllegalArgumentException if the kind is not one of this generator's
     */
    public static SimpleTask rebuild(String id, TaskReference.Kind reference) {
        return task(id, reference.kind(), reference.config());
    }

    /**
     * Makes a task of one of this generator's kinds.
     *
     * @param id     the task id
     * @param kind   {@code random.emit}, {@code random.goto}, {@code random.iterate},
     *               {@code random.spawn}, {@code random.flaky}, {@code random.terminate},
     *               {@code random.cancel}
     * @param config the kind's config (ints, strings, lists of strings, booleans)
     */
    public static SimpleTask task(String id, String kind, Map<String, Object> config) {
        Map<String, Object> copy = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        TaskOptions options = new TaskOptions(intOr(copy, "retries", null), null, intOr(copy, "maxCycles", null));
        return Tasks.ofKind(id, kind, copy, body(kind, copy), options);
    }

    private static TaskBody body(String kind, Map<String, Object> config) {
        switch (kind) {
            case KIND_PREFIX + "emit":
                return ctx -> emit(ctx, config);
            case KIND_PREFIX + "goto":
                return ctx -> {
                    int count = ctx.channel().atomicAdd("ctr:" + ctx.taskId(), 1).intValue();
                    if (count < (Integer) config.get("limit")) {
                        ctx.gotoTask((String) config.get("target"));
                    }
                    return count;
                };
            case KIND_PREFIX + "iterate":
                return ctx -> {
                    int cycle = ctx.cycleCount();
                    if (cycle < (Integer) config.get("times")) {
                        ctx.nextIteration(cycle * 10 + (Integer) config.get("value"));
                    }
                    Object data = ctx.iterationData();
                    return data == null ? (Integer) config.get("value") : (Integer) data;
                };
            case KIND_PREFIX + "spawn":
                return ctx -> {
                    @SuppressWarnings("unchecked")
                    List<String> children = (List<String>) config.get("children");
                    boolean jump = Boolean.TRUE.equals(config.get("goto"));
                    for (int i = 0; i < children.size(); i++) {
                        String child = children.get(i);
                        Task existing = ctx.graph().findTask(child);
                        Map<String, Object> childConfig = new LinkedHashMap<>();
                        childConfig.put("value", (Integer) config.get("value") + i);
                        childConfig.put("inputs", List.of(ctx.taskId()));
                        ctx.nextTask(existing != null ? existing : task(child, KIND_PREFIX + "emit", childConfig), jump);
                    }
                    return children.size();
                };
            case KIND_PREFIX + "flaky":
                return ctx -> {
                    if (ctx.retryCount() < (Integer) config.get("failures")) {
                        throw new IllegalStateException("flaky " + ctx.taskId() + " attempt " + (ctx.retryCount() + 1));
                    }
                    return emit(ctx, config);
                };
            case KIND_PREFIX + "terminate":
                return ctx -> {
                    if (ctx.executionContext().steps() >= (Integer) config.get("afterSteps")) {
                        ctx.terminateWorkflow("terminated by " + ctx.taskId());
                    }
                    return emit(ctx, config);
                };
            case KIND_PREFIX + "cancel":
                return ctx -> {
                    if (ctx.channel().atomicAdd("ctr:" + ctx.taskId(), 1).intValue() >= (Integer) config.get("onRun")) {
                        ctx.cancelWorkflow("cancelled by " + ctx.taskId());
                    }
                    return emit(ctx, config);
                };
            default:
                throw new IllegalArgumentException("Unknown random workflow kind '" + kind + "'");
        }
    }

    /**
     * The task's value plus the int results of its inputs in the channel (an input that failed
     * and waits for its retry holds its exception: it counts as 0).
     */
    private static int emit(TaskContext ctx, Map<String, Object> config) {
        int sum = intOr(config, "value", 0);
        Object inputs = config.get("inputs");
        if (inputs instanceof List<?> ids) {
            for (Object id : ids) {
                if (ctx.result((String) id, null) instanceof Integer value) {
                    sum += value;
                }
            }
        }
        return sum;
    }

    private static Integer intOr(Map<String, Object> config, String key, Integer absent) {
        Object value = config.get(key);
        return value == null ? absent : Integer.valueOf(((Number) value).intValue());
    }

    // ----- traces ----------------------------------------------------------------------------

    /**
     * A listener that records what ran, as text: one line per finished attempt, jump, group join
     * and control-flow stop, each prefixed with the branch suffix of its session ({@code ""} for
     * the root, {@code "_member"} for a branch). Run frames and queue events are left out, so a run
     * stopped and resumed records the same lines as an uninterrupted one. Thread-safe.
     */
    public static final class Trace implements RunListener {
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onEvent(RunEvent event) {
            String line = line(event);
            if (line != null) {
                lines.add(suffix(event.sessionId()) + " " + line);
            }
        }

        /** The lines so far. */
        public List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        private static String suffix(String session) {
            return session.startsWith(SESSION_ID) ? session.substring(SESSION_ID.length()) : session;
        }

        private static String line(RunEvent event) {
            if (event instanceof RunEvent.TaskSucceeded e) {
                return "ok " + e.taskId() + " #" + e.attempt() + " = " + e.result();
            } else if (event instanceof RunEvent.TaskFailed e) {
                return "failed " + e.taskId() + " #" + e.attempt() + (e.willRetry() ? " (retry) " : " (final) ")
                        + e.error().getMessage();
            } else if (event instanceof RunEvent.Jump e) {
                return "jump " + e.fromTaskId() + " -> " + e.toTaskId() + " " + e.kind() + (e.newNode() ? " new" : "");
            } else if (event instanceof RunEvent.GroupJoined e) {
                return "joined " + e.groupId() + " ok=" + e.succeeded() + " failed=" + e.failed().keySet()
                        + (e.passed() ? " passed" : " refused");
            } else if (event instanceof RunEvent.Terminated e) {
                return "terminated by " + e.taskId();
            } else if (event instanceof RunEvent.Cancelled e) {
                return "cancelled by " + e.taskId();
            }
            return null;
        }
    }

    /**
     * The end state of a run as text: status, steps, error, completed tasks, cycle counts, the
     * pending queue and every channel entry (exceptions as {@code !Type: message}).
     */
    public static List<String> finalState(ExecutionContext context, RunResult result) {
        List<String> state = new ArrayList<>();
        state.add("status " + result.status().wireName() + " after " + result.steps() + " steps");
        state.add("error " + result.errorMessage() + " in " + result.failedTaskId());
        state.add("completed " + context.completedTasks());
        state.add("cycles " + context.cycles().snapshot());
        state.add("pending " + context.queue().pendingIds());
        for (Map.Entry<String, Object> entry : context.channel().snapshot().entrySet()) {
            Object value = entry.getValue();
            String text = value instanceof Throwable error
                    ? "!" + error.getClass().getSimpleName() + ": " + error.getMessage() : String.valueOf(value);
            state.add("channel " + entry.getKey() + " = " + text);
        }
        return state;
    }

    // ----- generation ------------------------------------------------------------------------

    private static final class Builder {
        private final SplittableRandom random;
        private final TaskGraph graph = new TaskGraph();
        private final List<String> outline = new ArrayList<>();
        private int serial;
        private int groups;
        private int fanOuts;
        private String start;
        private String tail;

        Builder(SplittableRandom random) {
            this.random = random;
        }

        void build() {
            tail = emit(List.of());
            start = tail;
            outline.add("start " + tail);
            int segments = 3 + random.nextInt(5);
            for (int i = 0; i < segments; i++) {
                int pick = random.nextInt(100);
                if (pick < 18) {
                    chain();
                } else if (pick < 30) {
                    fanOut();
                } else if (pick < 50) {
                    group();
                } else if (pick < 62) {
                    gotoLoop();
                } else if (pick < 74) {
                    iterate();
                } else if (pick < 84) {
                    spawn();
                } else {
                    flaky();
                }
            }
            int ending = random.nextInt(100);
            if (ending < 12) {
                Map<String, Object> config = config(random.nextInt(100));
                config.put("afterSteps", 1 + random.nextInt(12));
                link(add("terminate", config));
                outline.add("terminate " + tail + " after " + config.get("afterSteps") + " steps");
            } else if (ending < 18) {
                Map<String, Object> config = config(random.nextInt(100));
                config.put("onRun", 1 + random.nextInt(2));
                link(add("cancel", config));
                outline.add("cancel " + tail + " on run " + config.get("onRun"));
            }
        }

        private String nextId(String behaviour) {
            serial++;
            return behaviour + serial;
        }

        private Map<String, Object> config(int value) {
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("value", value);
            return config;
        }

        private String add(String behaviour, Map<String, Object> config) {
            String id = nextId(behaviour);
            graph.addNode(task(id, KIND_PREFIX + behaviour, config));
            return id;
        }

        private String emit(List<String> inputs) {
            Map<String, Object> config = config(random.nextInt(100));
            config.put("inputs", List.copyOf(inputs));
            return add("emit", config);
        }

        /** Adds tail -> id and makes id the tail. */
        private void link(String id) {
            graph.addEdge(tail, id);
            tail = id;
        }

        private void chain() {
            int length = 1 + random.nextInt(3);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                link(emit(List.of(tail)));
                ids.add(tail);
            }
            outline.add("chain " + ids);
        }

        /** tail -> k branches -> join, without a group: the join runs once per branch. */
        private void fanOut() {
            if (fanOuts >= 2) {
                chain();
                return;
            }
            fanOuts++;
            String source = tail;
            int width = 2 + random.nextInt(2);
            List<String> branches = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                String branch = random.nextInt(4) == 0 ? flakyTask() : emit(List.of(source));
                graph.addEdge(source, branch);
                branches.add(branch);
            }
            String join = emit(branches);
            for (String branch : branches) {
                graph.addEdge(branch, join);
            }
            tail = join;
            outline.add("fan-out " + source + " -> " + branches + " -> " + join);
        }

        private void group() {
            if (groups >= 3) {
                chain();
                return;
            }
            groups++;
            int size = 2 + random.nextInt(3);
            List<String> members = new ArrayList<>();
            List<String> described = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                String first = memberTask();
                String last = first;
                int extra = random.nextInt(3);
                for (int i = 0; i < extra; i++) {
                    String next = random.nextInt(5) == 0 ? flakyTask() : emit(List.of(last));
                    graph.addEdge(last, next);
                    last = next;
                }
                members.add(first);
                described.add(first.equals(last) ? first : first + ">>" + last);
            }
            GroupPolicy policy;
            int pick = random.nextInt(4);
            if (pick == 0) {
                policy = GroupPolicy.strict();
            } else if (pick == 1) {
                policy = GroupPolicy.bestEffort();
            } else if (pick == 2) {
                policy = GroupPolicy.atLeast(1 + random.nextInt(size));
            } else {
                policy = GroupPolicy.critical(List.of(members.get(random.nextInt(size))));
            }
            String id = "group" + (++serial);
            TaskOptions options = random.nextInt(4) == 0 ? TaskOptions.retries(1) : TaskOptions.DEFAULTS;
            graph.addNode(new ParallelGroup(id, members, policy, options));
            link(id);
            outline.add("group " + id + " " + described + " " + policy.name()
                    + (options.maxRetries() != null ? " retries 1" : ""));
        }

        private String memberTask() {
            int pick = random.nextInt(10);
            if (pick < 5) {
                return emit(List.of(tail));
            } else if (pick < 7) {
                return flakyTask();
            } else if (pick < 9) {
                return iterateTask();
            }
            Map<String, Object> config = config(random.nextInt(100));
            config.put("afterSteps", random.nextInt(3));
            return add("terminate", config);
        }

        /** L1 -> L2, where L2 jumps back to L1 until its counter reaches the limit. */
        private void gotoLoop() {
            link(emit(List.of(tail)));
            String target = tail;
            Map<String, Object> config = config(0);
            config.put("target", target);
            config.put("limit", 1 + random.nextInt(3));
            link(add("goto", config));
            outline.add("goto loop " + target + " <- " + tail + " limit " + config.get("limit"));
        }

        private void iterate() {
            link(iterateTask());
            outline.add("iterate " + tail);
        }

        private String iterateTask() {
            Map<String, Object> config = config(random.nextInt(100));
            int times = 1 + random.nextInt(4);
            config.put("times", times);
            config.put("maxCycles", random.nextInt(8) == 0 ? Math.max(1, times - 1) : times + 2);
            return add("iterate", config);
        }

        private void spawn() {
            Map<String, Object> config = config(random.nextInt(100));
            String id = nextId("spawn");
            int count = 1 + random.nextInt(2);
            List<String> children = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                children.add(id + "_dyn" + i);
            }
            config.put("children", children);
            config.put("goto", random.nextInt(3) == 0);
            graph.addNode(task(id, KIND_PREFIX + "spawn", config));
            link(id);
            outline.add("spawn " + id + " " + children + (Boolean.TRUE.equals(config.get("goto")) ? " goto" : ""));
        }

        private void flaky() {
            link(flakyTask());
            outline.add("flaky " + tail);
        }

        private String flakyTask() {
            Map<String, Object> config = config(random.nextInt(100));
            int failures = random.nextInt(3);
            config.put("failures", failures);
            config.put("retries", random.nextInt(10) == 0 ? Math.max(0, failures - 1) : failures + random.nextInt(2));
            config.put("inputs", List.of(Objects.requireNonNull(tail)));
            return add("flaky", config);
        }
    }
}
