package io.github.graflowstudio.checkpoint.pickle;

/**
 * Receives the opcodes of a walk one by one, for an opcode listing that never holds the whole
 * stream. Implementations need not be thread-safe: a walk calls its visitor from one thread.
 */
@FunctionalInterface
public interface PickleVisitor {
    /**
     * Called after each opcode has been read and checked.
     *
     * @param instruction the opcode, its offset and argument text
     * @return {@code true} to go on, {@code false} to stop the walk here (the report is then incomplete)
     */
    boolean visit(PickleInstruction instruction);
}
