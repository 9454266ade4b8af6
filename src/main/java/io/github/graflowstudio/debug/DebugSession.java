package io.github.graflowstudio.debug;

import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.checkpoint.CheckpointResult;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.WorkflowEngine;
import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.engine.event.RunListener;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Debugs one run: starts the engine on a background executor and holds the engine thread
 * before tasks (steps, task breakpoints with conditions and hit counts, pause requests) and at
 * event breakpoints (goto/next_task, retry, failure, group join, checkpoint). The states follow
 * {@link DebugTransitions}.
 *
 * <p>Step over treats a parallel group as one task; step into also stops before each member
 * (members run in branch contexts; with a sequential group executor they run one by one).
 *
 * <p>Thread-safe: commands come from any thread (the UI); the engine thread blocks in
 * {@link RunListener#onEvent} while paused. State notifications are made while holding the
 * session's lock, so listeners see them in the order the transitions happened (listeners must
 * only queue, never block; engine events are passed on without the lock, see {@link DebugListener}).
 */
public final class DebugSession {
    private final WorkflowEngine engine;
    private final ExecutionContext context;
    private final Executor runner;
    private final BreakpointSet breakpoints;
    private final ConditionEvaluator conditions;
    private final CopyOnWriteArrayList<DebugListener> listeners = new CopyOnWriteArrayList<>();
    private final Object monitor = new Object();
    private final RunListener engineListener = this::onEngineEvent;

    private DebugState state = DebugState.IDLE;
    private PauseInfo pause;
    private boolean pauseRequested;
    private boolean stepArmed;
    private boolean stepInto;
    private String currentRootTask;
    private RunResult result;

    /**
     * A session for a prepared context.
     *
     * @param engine      the engine (its listener list gets the session's listener while running)
     * @param context     the run (queue already holding the start node, or resumed from a checkpoint)
     * @param runner      where the engine runs (a background thread)
     * @param breakpoints the breakpoints to honour (shared with the UI)
     * @param conditions  evaluates breakpoint conditions
     */
    public DebugSession(WorkflowEngine engine, ExecutionContext context, Executor runner, BreakpointSet breakpoints,
                        ConditionEvaluator conditions) {
        this.engine = Objects.requireNonNull(engine);
        this.context = Objects.requireNonNull(context);
        this.runner = Objects.requireNonNull(runner);
        this.breakpoints = Objects.requireNonNull(breakpoints);
        this.conditions = Objects.requireNonNull(conditions);
    }

    /** Adds a listener. */
    public void addListener(DebugListener listener) {
        listeners.add(listener);
    }

    /** The run's context (read it only while paused or finished). */
    public ExecutionContext context() {
        return context;
    }

    /** The current state. */
    public DebugState state() {
        synchronized (monitor) {
            return state;
        }
    }

    /** Where the session is paused, or {@code null}. */
    public PauseInfo pausedAt() {
        synchronized (monitor) {
            return state == DebugState.PAUSED ? pause : null;
        }
    }

    /** The run's result once finished, else {@code null}. */
    public RunResult result() {
        synchronized (monitor) {
            return result;
        }
    }

    /** The top-level task running now (the group, while members run), or {@code null}. */
    public String currentRootTask() {
        synchronized (monitor) {
            return currentRootTask;
        }
    }

    /** Whether the action is possible now (for enabling buttons). */
    public boolean can(DebugAction action) {
        synchronized (monitor) {
            return DebugTransitions.allows(state, action);
        }
    }

    /** Runs until a breakpoint or the end. */
    public void start() {
        begin(false);
    }

    /** Starts and pauses before the first task. */
    public void startPaused() {
        begin(true);
    }

    private void begin(boolean paused) {
        synchronized (monitor) {
            state = DebugTransitions.next(state, paused ? DebugAction.STEP : DebugAction.START);
            stepArmed = paused;
            stepInto = true;
            notifyState(DebugState.RUNNING, null);
        }
        breakpoints.resetHits();
        engine.addListener(engineListener);
        runner.execute(() -> {
            RunResult outcome;
            try {
                outcome = engine.execute(context);
            } catch (RuntimeException | Error e) {
                outcome = new RunResult(RunStatus.FAILED, context.steps(), null, e, null);
            } finally {
                engine.removeListener(engineListener);
            }
            finish(outcome);
        });
    }

    private void finish(RunResult outcome) {
        synchronized (monitor) {
            state = DebugTransitions.next(state, DebugAction.FINISH);
            result = outcome;
            pause = null;
            monitor.notifyAll();
            notifyState(DebugState.FINISHED, null);
            for (DebugListener listener : listeners) {
                listener.onFinished(outcome);
            }
        }
    }

    /** Asks the running engine to hold before its next task. */
    public void requestPause() {
        synchronized (monitor) {
            DebugTransitions.next(state, DebugAction.PAUSE);
            pauseRequested = true;
        }
    }

    /** Continues after a pause. */
    public void resume() {
        release(DebugAction.CONTINUE, false, false);
    }

    /** Runs one top-level task (a group as a whole), then pauses. */
    public void stepOver() {
        release(DebugAction.STEP, true, false);
    }

    /** Runs one task, stopping also before each parallel-group member. */
    public void stepInto() {
        release(DebugAction.STEP, true, true);
    }

    private void release(DebugAction action, boolean step, boolean into) {
        synchronized (monitor) {
            state = DebugTransitions.next(state, action);
            stepArmed = step;
            stepInto = into;
            pause = null;
            notifyState(DebugState.RUNNING, null);
            monitor.notifyAll();
        }
    }

    /** Stops before the next task; that task stays pending and results stay as they are. */
    public void stop() {
        synchronized (monitor) {
            if (state == DebugState.IDLE || state == DebugState.FINISHED) {
                return;
            }
            state = DebugTransitions.next(state, DebugAction.STOP);
            context.requestStop();
            pause = null;
            notifyState(DebugState.STOPPING, null);
            monitor.notifyAll();
        }
    }

    /**
     * Writes a checkpoint of the paused run. Paused before a top-level task, that task stays
     * pending; paused inside a task or a group member, the running top-level task is recorded as
     * the task to resume first.
     *
     * @throws IllegalStateException if the session is not paused
     */
    public CheckpointResult checkpointNow(CheckpointManager manager, Path path) {
        PauseInfo info;
        String root;
        synchronized (monitor) {
            if (state != DebugState.PAUSED) {
                throw new IllegalStateException("Checkpoint now needs a paused run (the run is " + state.name().toLowerCase() + ")");
            }
            info = pause;
            root = currentRootTask;
        }
        boolean beforeRootTask = info.beforeTask() && info.sessionId().equals(context.sessionId());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("reason", "debugger");
        metadata.put("paused_at", info.taskId());
        metadata.put("mode", beforeRootTask ? "external" : "immediate");
        return manager.createCheckpoint(context, path, metadata, beforeRootTask ? null : root);
    }

    /**
     * Waits for the end of the run.
     *
     * @return the result, or {@code null} on timeout
     */
    public RunResult awaitFinish(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (monitor) {
            while (state != DebugState.FINISHED) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
            return result;
        }
    }

    /**
     * Waits until the session is paused or finished.
     *
     * @return the state reached, or the current state on timeout
     */
    public DebugState awaitPauseOrFinish(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (monitor) {
            while (state != DebugState.PAUSED && state != DebugState.FINISHED) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
            return state;
        }
    }

    // ----- engine thread ----------------------------------------------------------------------

    private void onEngineEvent(RunEvent event) {
        for (DebugListener listener : listeners) {
            listener.onRunEvent(event);
        }
        if (event instanceof RunEvent.TaskStarting starting) {
            beforeTask(starting);
        } else {
            BreakpointKind kind = eventKind(event);
            if (kind != null) {
                atEvent(kind, event);
            }
        }
    }

    private void beforeTask(RunEvent.TaskStarting starting) {
        boolean root = starting.sessionId().equals(context.sessionId());
        PauseInfo reason = null;
        synchronized (monitor) {
            if (root) {
                currentRootTask = starting.taskId();
            }
            if (state != DebugState.RUNNING) {
                return;
            }
            if (pauseRequested) {
                reason = new PauseInfo(PauseInfo.Reason.PAUSE_REQUEST, starting.taskId(), starting.sessionId(), true,
                        null, starting);
            } else if (stepArmed && (stepInto || root)) {
                reason = new PauseInfo(PauseInfo.Reason.STEP, starting.taskId(), starting.sessionId(), true, null,
                        starting);
            }
        }
        if (reason == null) {
            Breakpoint hit = matchingTaskBreakpoint(starting.taskId());
            if (hit != null) {
                reason = new PauseInfo(PauseInfo.Reason.BREAKPOINT, starting.taskId(), starting.sessionId(), true, hit,
                        starting);
            }
        }
        if (reason != null) {
            hold(reason);
        }
    }

    private Breakpoint matchingTaskBreakpoint(String taskId) {
        List<Breakpoint> candidates = breakpoints.forTask(taskId);
        for (Breakpoint breakpoint : candidates) {
            if (breakpoint.enabled() && conditionHolds(breakpoint) && breakpoints.hit(breakpoint) >= breakpoint.hitCount()) {
                return breakpoint;
            }
        }
        return null;
    }

    private boolean conditionHolds(Breakpoint breakpoint) {
        if (!breakpoint.hasCondition()) {
            return true;
        }
        try {
            return conditions.test(breakpoint.condition(), context);
        } catch (IllegalArgumentException e) {
            for (DebugListener listener : listeners) {
                listener.onConditionError(breakpoint, e.getMessage());
            }
            return true;
        }
    }

    private void atEvent(BreakpointKind kind, RunEvent event) {
        for (Breakpoint breakpoint : breakpoints.forEvent(kind)) {
            if (conditionHolds(breakpoint) && breakpoints.hit(breakpoint) >= breakpoint.hitCount()) {
                String taskId = taskOf(event);
                synchronized (monitor) {
                    if (state != DebugState.RUNNING) {
                        return;
                    }
                }
                hold(new PauseInfo(PauseInfo.Reason.EVENT, taskId, event.sessionId(), false, breakpoint, event));
                return;
            }
        }
    }

    private void hold(PauseInfo reason) {
        synchronized (monitor) {
            if (state != DebugState.RUNNING) {
                return;
            }
            state = DebugTransitions.next(state, DebugAction.HIT);
            pause = reason;
            pauseRequested = false;
            stepArmed = false;
            notifyState(DebugState.PAUSED, reason);
            monitor.notifyAll();
            while (state == DebugState.PAUSED) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    context.requestStop();
                    state = DebugState.STOPPING;
                }
            }
        }
    }

    private void notifyState(DebugState newState, PauseInfo info) {
        for (DebugListener listener : listeners) {
            listener.onStateChanged(newState, info);
        }
    }

    private static BreakpointKind eventKind(RunEvent event) {
        if (event instanceof RunEvent.Jump) {
            return BreakpointKind.ON_JUMP;
        }
        if (event instanceof RunEvent.TaskRetried) {
            return BreakpointKind.ON_RETRY;
        }
        if (event instanceof RunEvent.TaskFailed) {
            return BreakpointKind.ON_FAILURE;
        }
        if (event instanceof RunEvent.GroupJoined) {
            return BreakpointKind.ON_GROUP_JOIN;
        }
        if (event instanceof RunEvent.CheckpointWritten) {
            return BreakpointKind.ON_CHECKPOINT;
        }
        return null;
    }

    private static String taskOf(RunEvent event) {
        if (event instanceof RunEvent.Jump jump) {
            return jump.fromTaskId();
        }
        if (event instanceof RunEvent.TaskRetried retried) {
            return retried.taskId();
        }
        if (event instanceof RunEvent.TaskFailed failed) {
            return failed.taskId();
        }
        if (event instanceof RunEvent.GroupJoined joined) {
            return joined.groupId();
        }
        if (event instanceof RunEvent.CheckpointWritten written) {
            return written.taskId();
        }
        return null;
    }
}
