package io.github.graflowstudio.engine;

/**
 * A piece of a workflow being built with {@link Workflow}: a single node or a chain.
 * {@link #then} is Graflow's {@code >>} (edge from this flow's rightmost node to the next flow's
 * leftmost), and {@link Workflow#parallel} is {@code |}.
 *
 * <p>Not thread-safe: build a workflow on one thread.
 */
public interface Flow {

    /** The node an incoming edge attaches to. */
    String leftmostId();

    /** The node an outgoing edge leaves from. */
    String rightmostId();

    /** The workflow this flow belongs to. */
    Workflow workflow();

    /**
     * Graflow's {@code this >> next}: adds the edge {@code rightmost(this) -> leftmost(next)}.
     *
     * @return a chain from this flow's leftmost to the next flow's rightmost node
     */
    default Flow then(Flow next) {
        workflow().graph().addEdge(rightmostId(), next.leftmostId());
        return new Workflow.Chain(workflow(), leftmostId(), next.rightmostId());
    }

    /** Chains several flows: {@code this >> a >> b ...}. */
    default Flow then(Flow first, Flow... more) {
        Flow chain = then(first);
        for (Flow flow : more) {
            chain = chain.then(flow);
        }
        return chain;
    }
}
