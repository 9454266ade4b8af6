package io.github.graflowstudio.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.studio.JsonValues;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RandomWorkflows;
import io.github.graflowstudio.engine.ReferenceTaskResolver;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.TaskReference;
import io.github.graflowstudio.engine.WorkflowEngine;
import io.github.graflowstudio.engine.event.RunEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint written at any step of a run, then resumed from the files alone (a fresh graph
 * rebuilt from the stored task references), ends with the same execution order and the same
 * results as the run that was never interrupted. Seeded random workflows: {@code studio.fuzz.count}
 * seeds (at least 200), each checkpointed before two randomly chosen top-level tasks.
 */
class ResumeEquivalenceTest {
    private static final int SEEDS = Math.max(200, Integer.getInteger("studio.fuzz.count", 200));
    private static final long FIRST_SEED = Long.getLong("studio.fuzz.seed", 20261128L);
    @TempDir
    Path folder;

    private CheckpointManager manager() {
        return new CheckpointManager(folder.resolve("auto"), new ReferenceTaskResolver(
                (id, reference, options, graph) -> RandomWorkflows.rebuild(id, (TaskReference.Kind) reference)));
    }

    /** Runs a seed, checkpointing and resuming before the {@code stopAt}-th top-level task (0: never). */
    private Outcome run(long seed, int stopAt) {
        RandomWorkflows.Generated workflow = RandomWorkflows.generate(seed);
        ExecutionContext context = workflow.newContext();
        RandomWorkflows.Trace trace = new RandomWorkflows.Trace();
        WorkflowEngine engine = RandomWorkflows.engine();
        engine.addListener(trace);
        int[] starts = {0};
        engine.addListener(event -> {
            if (event instanceof RunEvent.TaskStarting && event.sessionId().equals(RandomWorkflows.SESSION_ID)
                    && ++starts[0] == stopAt) {
                context.requestStop();
            }
        });
        RunResult result = engine.execute(context);
        List<String> lines = new ArrayList<>(trace.lines());
        ExecutionContext last = context;
        if (result.status() == RunStatus.STOPPED) {
            Path base = folder.resolve("seed" + seed + "_" + stopAt);
            CheckpointResult written = manager().createCheckpoint(context, base, Map.of("seed", seed), null);
            assertTrue(written.problems().isEmpty(), written.problems().toString());
            ResumedRun resumed = manager().resumeFromCheckpoint(base);
            RandomWorkflows.Trace more = new RandomWorkflows.Trace();
            WorkflowEngine next = RandomWorkflows.engine();
            next.addListener(more);
            result = next.execute(resumed.context());
            lines.addAll(more.lines());
            last = resumed.context();
        }
        return new Outcome(lines, state(last, result), starts[0]);
    }

    private record Outcome(List<String> trace, List<String> state, int topLevelStarts) {
    }

    /** {@link RandomWorkflows#finalState} with restored failures shown like live ones. */
    private static List<String> state(ExecutionContext context, RunResult result) {
        for (Map.Entry<String, Object> entry : context.channel().snapshot().entrySet()) {
            if (entry.getValue() instanceof JsonValues.StoredError stored) {
                context.channel().set(entry.getKey(), new RestoredFailure(stored));
            }
        }
        List<String> state = RandomWorkflows.finalState(context, result);
        state.replaceAll(line -> line.replace("!RestoredFailure: ", "!"));
        return state.stream().map(line -> line.replaceFirst("^(channel .* = )!\\w+: ", "$1!")).toList();
    }

    /** Shows a restored failure with the same text as the original exception. */
    private static final class RestoredFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RestoredFailure(JsonValues.StoredError stored) {
            super(stored.message());
        }
    }

    @Test
    void checkpointAtAnyStepThenResumeRepeatsTheUninterruptedRun() {
        SplittableRandom random = new SplittableRandom(FIRST_SEED);
        int resumes = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            Outcome whole = run(seed, 0);
            if (whole.topLevelStarts() < 2) {
                continue;
            }
            for (int round = 0; round < 2; round++) {
                int stopAt = 2 + random.nextInt(whole.topLevelStarts() - 1);
                Outcome interrupted = run(seed, stopAt);
                String where = RandomWorkflows.generate(seed) + ", checkpoint before top-level task " + stopAt;
                assertEquals(whole.trace(), interrupted.trace(), where);
                assertEquals(whole.state(), interrupted.state(), where);
                resumes++;
            }
        }
        assertTrue(resumes >= 200, "resumed " + resumes + " times");
    }
}
