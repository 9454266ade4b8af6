package io.github.graflowstudio.document.validation;

/**
 * Stable codes of validation problems (their names are part of the {@code validate} command's
 * output and never change meaning). Immutable and thread-safe.
 */
public enum ProblemCode {
    /** A node or group id is empty or only blanks (error). */
    BLANK_ID,
    /** Several nodes or groups share an id (error). */
    DUPLICATE_ID,
    /** An edge, group member, critical id, config node-id field or the start names a missing id (error). */
    UNKNOWN_REFERENCE,
    /** A node's kind is not registered (error). */
    UNKNOWN_KIND,
    /** A node's config breaks its kind's rules (error), or has an unknown field (warning). */
    INVALID_CONFIG,
    /** A node's maxRetries, maxCycles or retryBackoff is out of range (error) or has no effect (warning). */
    INVALID_OPTIONS,
    /** A group is empty, lists a member twice, contains itself or has an impossible policy (error). */
    INVALID_GROUP,
    /** No node can be the start (error). */
    NO_START,
    /** Several nodes could be the start and none is chosen (error). */
    AMBIGUOUS_START,
    /** A node cannot be reached from the start (warning). */
    UNREACHABLE_NODE,
    /**
     * A node has incoming edges from several predecessors outside its own cycle, so it runs once
     * per predecessor (warning).
     */
    MULTIPLE_INCOMING,
    /** A cycle of edges and jumps has no node that could end it (warning). */
    UNBOUNDED_CYCLE,
    /** The same edge is listed more than once (warning). */
    DUPLICATE_EDGE,
    /** A loop node has outgoing edges, which run after its first iteration (warning). */
    LOOP_SUCCESSORS
}
