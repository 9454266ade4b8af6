package io.github.graflowstudio.checkpoint.inspect.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares one immutable set per combination of flag codes, so that a million pending entries
 * with the same flags hold one set between them. Thread-safe.
 */
public final class FlagSets {
    private static final int MAX_CACHED = 4096;
    private static final ConcurrentHashMap<Long, Set<FlagCode>> CACHE = new ConcurrentHashMap<>();
    private static final FlagCode[] CODES = FlagCode.values();

    static {
        if (CODES.length > Long.SIZE) {
            throw new ExceptionInInitializerError("flag codes no longer fit a 64-bit mask");
        }
    }

    private FlagSets() {
    }

    /** The bit of one code in a mask. */
    public static long bit(FlagCode code) {
        return 1L << code.ordinal();
    }

    /** The mask of a set of codes. */
    public static long bits(Set<FlagCode> codes) {
        long bits = 0;
        for (FlagCode code : codes) {
            bits |= bit(code);
        }
        return bits;
    }

    /** The shared immutable set for a mask. */
    public static Set<FlagCode> of(long bits) {
        if (bits == 0) {
            return Set.of();
        }
        Set<FlagCode> cached = CACHE.get(bits);
        if (cached != null) {
            return cached;
        }
        EnumSet<FlagCode> codes = EnumSet.noneOf(FlagCode.class);
        for (FlagCode code : CODES) {
            if ((bits & bit(code)) != 0) {
                codes.add(code);
            }
        }
        Set<FlagCode> set = Collections.unmodifiableSet(codes);
        if (CACHE.size() < MAX_CACHED) {
            CACHE.putIfAbsent(bits, set);
        }
        return set;
    }
}
