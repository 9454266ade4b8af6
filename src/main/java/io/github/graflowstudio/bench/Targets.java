package io.github.graflowstudio.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures this project aims for (upper bounds, in each benchmark's unit). Reported beside the
 * results; never asserted in tests, because timings on a shared machine are noisy. Stateless and
 * thread-safe.
 */
public final class Targets {
    private static final List<Reference> TARGETS = List.of(
            new Reference("engine.chain", Map.of(), 0.5, "<= 0.5 us/task, flat from 10k to 1M"),
            new Reference("engine.fanout", Map.of(), 5.0, "<= 5 us/member"),
            new Reference("checkpoint.create", Map.of("pending", 100_000), 150.0, "<= 0.15 s at 100k pending"),
            new Reference("checkpoint.resume", Map.of("pending", 100_000), 200.0, "<= 0.2 s at 100k pending"),
            new Reference("inspect.graflow", Map.of("pending", 100_000), 1_000.0, "<= 1 s for the 100k set"),
            new Reference("canvas.frame", Map.of("nodes", 10_000), 16.0, "<= 16 ms at 10k nodes"),
            new Reference("startup.window", Map.of(), 2_500.0, "<= 2.5 s to the window"));

    private Targets() {
    }

    /** The target for a result, if there is one. */
    public static Optional<Reference> forResult(BenchmarkResult result) {
        return TARGETS.stream().filter(reference -> reference.appliesTo(result)).findFirst();
    }

    /** {@code met}, {@code missed}, or empty when there is no target or no value. */
    public static Optional<String> verdict(BenchmarkResult result) {
        if (result.isSkipped()) {
            return Optional.empty();
        }
        return forResult(result).map(target -> result.value() <= target.value() ? "met" : "missed");
    }
}
