package io.github.graflowstudio.checkpoint.pickle;

import java.util.List;

/**
 * What a walk found: size, declared protocol, opcode count, whether the stream is a complete
 * pickle, the first problem with its byte offset, and the globals it names. Immutable and
 * thread-safe.
 *
 * @param size                  the number of bytes
 * @param protocol              the protocol named by the PROTO opcode, or -1 if there was none
 * @param opcodeCount           opcodes read (including PROTO, FRAME and STOP)
 * @param valid                 whether the walk reached STOP with no problem
 * @param error                 the problem, or {@code null} when valid
 * @param errorOffset           the byte offset of the problem, or -1
 * @param complete              {@code false} when a visitor stopped the walk early (then {@code valid} is false)
 * @param trailingBytes         bytes after the STOP opcode (Python ignores them)
 * @param globals               the globals named, in first-seen order
 * @param unresolvedGlobals     STACK_GLOBAL opcodes whose operands could not be told (not kept or not text)
 * @param unlistedGlobals       globals named beyond {@link PickleLimits#maxDistinctGlobals()}
 * @param unlistedUnsafeGlobals how many of those are on the unsafe list
 * @param externalReferences    opcodes that need data from outside the stream (persistent ids,
 *                              out-of-band buffers, copyreg extension codes): a plain load fails on them
 */
public record PickleReport(long size, int protocol, long opcodeCount, boolean valid, String error, long errorOffset,
                           boolean complete, long trailingBytes, List<PickleGlobal> globals, long unresolvedGlobals,
                           long unlistedGlobals, long unlistedUnsafeGlobals, long externalReferences) {

    /** Copies the globals. */
    public PickleReport {
        globals = List.copyOf(globals);
    }

    /** A report for input that was refused before any opcode was read. */
    public static PickleReport refused(long size, String error) {
        return new PickleReport(size, -1, 0, false, error, -1, true, 0, List.of(), 0, 0, 0, 0);
    }

    /** The listed globals that are on the unsafe list. */
    public List<PickleGlobal> unsafeGlobals() {
        return globals.stream().filter(PickleGlobal::unsafe).toList();
    }

    /** Whether any named global is unsafe, listed or not. */
    public boolean hasUnsafeGlobals() {
        return unlistedUnsafeGlobals > 0 || globals.stream().anyMatch(PickleGlobal::unsafe);
    }

    /** The problem with its offset, e.g. {@code "unknown opcode 0x4f at byte 1"}, or {@code null}. */
    public String problem() {
        if (error == null) {
            return null;
        }
        return errorOffset >= 0 ? error + " at byte " + errorOffset : error;
    }
}
