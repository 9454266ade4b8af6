package io.github.graflowstudio.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A fluent builder for task graphs in Java, the counterpart of Graflow's {@code with workflow()}
 * block with {@code @task}, {@code >>} and {@code |}:
 *
 * <pre>{@code
 * Workflow wf = new Workflow("etl");
 * Flow fetch = wf.task("fetch", ctx -> 1);
 * Flow a = wf.task("a", ctx -> ctx.param("fetch", Integer.class).orElse(0) + 1);
 * Flow b = wf.task("b", ctx -> 2);
 * Flow store = wf.task("store", ctx -> "done");
 * fetch.then(wf.parallel(a, b)).then(store);
 * RunResult result = wf.run("fetch", 100);
 * }</pre>
 *
 * <p>Group ids are {@code ParallelGroup_1}, {@code ParallelGroup_2}, ... per workflow, as in
 * Graflow. Not thread-safe.
 */
public final class Workflow {
    private final String name;
    private final TaskGraph graph;
    private int groupCounter;

    /** A workflow with an empty graph. */
    public Workflow(String name) {
        this(name, new TaskGraph());
    }

    /** A workflow that builds into an existing graph. */
    public Workflow(String name, TaskGraph graph) {
        this.name = name;
        this.graph = graph;
    }

    /** The workflow's name. */
    public String name() {
        return name;
    }

    /** The graph being built. */
    public TaskGraph graph() {
        return graph;
    }

    /** Adds an inline task. */
    public Flow task(String id, TaskBody body) {
        return add(Tasks.of(id, body));
    }

    /** Adds an inline task with options. */
    public Flow task(String id, TaskBody body, TaskOptions options) {
        return add(Tasks.of(id, body, options));
    }

    /** Adds a task object. */
    public Flow add(Task task) {
        graph.addNode(task);
        return new Node(this, task.id());
    }

    /** The flow for an existing node. */
    public Flow node(String id) {
        graph.task(id);
        return new Node(this, id);
    }

    /** Graflow's {@code a | b | ...} with the strict policy: a new group node {@code ParallelGroup_<n>}. */
    public Flow parallel(Flow... members) {
        return parallel(null, GroupPolicy.strict(), members);
    }

    /**
     * A parallel group with a name (or {@code null} for {@code ParallelGroup_<n>}) and a policy.
     * Chains contribute their leftmost node; their later nodes run inside the member's branch.
     */
    public Flow parallel(String groupId, GroupPolicy policy, Flow... members) {
        if (members.length == 0) {
            throw new IllegalArgumentException("parallel() needs at least one member");
        }
        groupCounter++;
        String id = groupId == null ? "ParallelGroup_" + groupCounter : groupId;
        List<String> ids = new ArrayList<>();
        for (Flow member : members) {
            ids.add(member.leftmostId());
        }
        graph.addNode(new ParallelGroup(id, ids, policy));
        return new Node(this, id);
    }

    /**
     * Runs the workflow from {@code startNode} on a fresh context with a default engine.
     *
     * @throws IllegalArgumentException if the start node is not in the graph
     */
    public RunResult run(String startNode, int maxSteps) {
        return new WorkflowEngine().execute(ExecutionContext.create(graph, startNode, maxSteps));
    }

    /** A single node. */
    record Node(Workflow workflow, String id) implements Flow {
        @Override
        public String leftmostId() {
            return id;
        }

        @Override
        public String rightmostId() {
            return id;
        }
    }

    /** A chain between two nodes. */
    record Chain(Workflow workflow, String leftmostId, String rightmostId) implements Flow {
    }
}
