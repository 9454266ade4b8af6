package io.github.graflowstudio.debug;

import java.util.Objects;

/**
 * A breakpoint: on a node (optionally with a JEXL condition over the channel and results, and a
 * hit count: pause from the n-th hit on), or on an event kind. Immutable: edits make copies.
 *
 * @param id        stable id within a {@link BreakpointSet}
 * @param kind      what it watches
 * @param taskId    the node for {@link BreakpointKind#TASK}, else {@code null}
 * @param condition a JEXL condition, or {@code null}/blank for always
 * @param hitCount  pause only from this hit on (0 or 1 = every hit)
 * @param enabled   whether it is active
 */
public record Breakpoint(int id, BreakpointKind kind, String taskId, String condition, int hitCount, boolean enabled) {

    /** Validates. */
    public Breakpoint {
        Objects.requireNonNull(kind, "kind");
        if (kind == BreakpointKind.TASK && (taskId == null || taskId.isBlank())) {
            throw new IllegalArgumentException("A task breakpoint needs a task id");
        }
        if (hitCount < 0) {
            throw new IllegalArgumentException("hit count must be >= 0");
        }
    }

    /** Whether it has a non-blank condition. */
    public boolean hasCondition() {
        return condition != null && !condition.isBlank();
    }

    /** A copy enabled or disabled. */
    public Breakpoint withEnabled(boolean value) {
        return new Breakpoint(id, kind, taskId, condition, hitCount, value);
    }

    /** A copy with another condition. */
    public Breakpoint withCondition(String value) {
        return new Breakpoint(id, kind, taskId, value, hitCount, enabled);
    }

    /** A copy with another hit count. */
    public Breakpoint withHitCount(int value) {
        return new Breakpoint(id, kind, taskId, condition, value, enabled);
    }

    /** A copy for a renamed node. */
    public Breakpoint withTaskId(String value) {
        return new Breakpoint(id, kind, value, condition, hitCount, enabled);
    }

    /** A short description for lists. */
    public String describe() {
        String text = kind == BreakpointKind.TASK ? "before " + taskId : kind.label();
        if (hasCondition()) {
            text += " if " + condition;
        }
        if (hitCount > 1) {
            text += " (from hit " + hitCount + ")";
        }
        return text;
    }
}
