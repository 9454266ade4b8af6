package io.github.graflowstudio.checkpoint.pickle;

/**
 * The caps a {@link PickleWalker} works within. Every cap turns hostile input into an invalid
 * report with a clear message instead of an unbounded allocation. Immutable and thread-safe.
 *
 * @param maxBytes             the largest input accepted (a file's size is checked before reading)
 * @param maxOpcodes           the most opcodes walked
 * @param maxMemoEntries       the most distinct memo keys
 * @param maxStackDepth        the most values on the symbolic stack (all marks together)
 * @param maxMarkDepth         the most open marks (nesting)
 * @param maxRetainedTextChars the total characters of strings kept to resolve globals; strings past
 *                             this budget are tracked as "some text" and globals built from them are
 *                             reported as unresolved
 * @param maxDistinctGlobals   the most distinct globals listed; further ones are only counted
 * @param requireProtoHeader   whether the data must start with a PROTO opcode ({@code 0x80})
 */
public record PickleLimits(long maxBytes, long maxOpcodes, int maxMemoEntries, int maxStackDepth, int maxMarkDepth,
                           long maxRetainedTextChars, int maxDistinctGlobals, boolean requireProtoHeader) {

    /** 512 MB, 200 million opcodes, 1 million memo entries, 5 million stack values, PROTO required. */
    public static final PickleLimits DEFAULTS = new PickleLimits(512L * 1024 * 1024, 200_000_000L, 1_000_000,
            5_000_000, 1_000_000, 16_000_000L, 10_000, true);

    /** Checks that every cap is positive. */
    public PickleLimits {
        if (maxBytes <= 0 || maxOpcodes <= 0 || maxMemoEntries <= 0 || maxStackDepth <= 0 || maxMarkDepth <= 0
                || maxRetainedTextChars < 0 || maxDistinctGlobals <= 0) {
            throw new IllegalArgumentException("pickle limits must be positive");
        }
    }

    /** A copy with another byte cap. */
    public PickleLimits withMaxBytes(long bytes) {
        return new PickleLimits(bytes, maxOpcodes, maxMemoEntries, maxStackDepth, maxMarkDepth,
                maxRetainedTextChars, maxDistinctGlobals, requireProtoHeader);
    }

    /** A copy with another opcode cap. */
    public PickleLimits withMaxOpcodes(long opcodes) {
        return new PickleLimits(maxBytes, opcodes, maxMemoEntries, maxStackDepth, maxMarkDepth,
                maxRetainedTextChars, maxDistinctGlobals, requireProtoHeader);
    }

    /** A copy with other memo, stack and mark caps. */
    public PickleLimits withStructureCaps(int memoEntries, int stackDepth, int markDepth) {
        return new PickleLimits(maxBytes, maxOpcodes, memoEntries, stackDepth, markDepth,
                maxRetainedTextChars, maxDistinctGlobals, requireProtoHeader);
    }

    /** A copy that does or does not require the PROTO header (protocol 0 and 1 pickles have none). */
    public PickleLimits withRequireProtoHeader(boolean required) {
        return new PickleLimits(maxBytes, maxOpcodes, maxMemoEntries, maxStackDepth, maxMarkDepth,
                maxRetainedTextChars, maxDistinctGlobals, required);
    }
}
