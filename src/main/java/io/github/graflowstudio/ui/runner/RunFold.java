package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.engine.event.JumpKind;
import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.ui.editor.CanvasDecorations;
import io.github.graflowstudio.ui.editor.NodeRunState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a run's engine events, off the FX thread, into what each batch changed: the latest state
 * and run count of each node that changed (a node that ran, was queued and ran again appears
 * once), the ghost edges that changed, and the new timeline and log rows. A run of 100,000 tasks
 * sends 300,000 events; the FX thread then applies one entry per changed node a few times a
 * second instead of handling every event.
 *
 * <p>Thread-safe: one thread at a time folds (the engine thread, the runner's monitor thread's
 * timer, or a test), another takes. The changes of each fold are handed over whole through a
 * lock-free queue, so the FX thread never waits for the folding thread.
 */
final class RunFold {
    private final String rootSession;
    private final long startedNanos;
    private final Map<String, Integer> ghosts = new HashMap<>();
    /**
     * Attempts started and not finished, with their start time: the timeline's start and
     * duration, and what a run's end interrupts.
     */
    private final Map<SessionTask, Long> running = new HashMap<>();
    private int steps;
    private long events;
    private int timelineRows;
    private boolean timelineFull;
    private int logRows;
    private Changes changes = new Changes();
    private final java.util.concurrent.ConcurrentLinkedQueue<Changes> folded = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private long handedOver;

    /**
     * The key of an attempt being timed: which context runs which task. Its equals and hash are
     * written out: a record's generated ones are bound on first use, which costs the first run.
     */
    private record SessionTask(String sessionId, String taskId) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SessionTask that && sessionId.equals(that.sessionId) && taskId.equals(that.taskId);
        }

        @Override
        public int hashCode() {
            return 31 * sessionId.hashCode() + taskId.hashCode();
        }
    }

    /**
     * Everything one batch changed.
     *
     * @param states   the new state of each node whose state changed; {@code QUEUED} only when
     *                 the batch has no other state for it (it then applies only to a node that
     *                 has no state yet)
     * @param interrupted tasks that were running when the run ended (shown as queued again)
     * @param counts   how many more times each node ran
     * @param ghosts   the new count of each ghost edge taken
     * @param timeline new timeline rows, in order
     * @param log      new log lines, in order
     * @param steps    attempts finished so far
     * @param events   events folded so far
     */
    record Changes(Map<String, NodeRunState> states, List<String> interrupted, Map<String, Integer> counts,
                   Map<String, Integer> ghosts, List<TimelineEntry> timeline, List<LogEntry> log, int steps, long events) {
        Changes() {
            this(new HashMap<>(), new ArrayList<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>(), new ArrayList<>(),
                    0, 0);
        }
    }

    /**
     * A fold for one run.
     *
     * @param rootSession  the root context's session id
     * @param startedNanos {@link System#nanoTime()} at the start
     */
    RunFold(String rootSession, long startedNanos) {
        this.rootSession = rootSession;
        this.startedNanos = startedNanos;
    }

    /**
     * Folds {@code items[from..to)}, all engine events, in order, and hands over what they changed
     * (folding thread). The times in the timeline and the log are the events' posting times
     * {@code postedNanos[i]} ({@link System#nanoTime()}), not the fold's: events may wait a while
     * before they are folded.
     */
    void fold(Object[] items, long[] postedNanos, int from, int to) {
        for (int i = from; i < to; i++) {
            apply((RunEvent) items[i], postedNanos[i]);
        }
        handOver(to - from);
    }

    private void handOver(int count) {
        if (count == 0) {
            return;
        }
        folded.add(new Changes(changes.states(), changes.interrupted(), changes.counts(), changes.ghosts(),
                changes.timeline(), changes.log(), steps, events));
        handedOver++;
        changes = new Changes();
    }

    /** How many batches of changes were handed over so far (folding thread). */
    long handedOver() {
        return handedOver;
    }

    /** The changes of the oldest fold not taken yet, or {@code null} (any one thread). */
    Changes take() {
        return folded.poll();
    }

    private void state(String taskId, NodeRunState state) {
        changes.states().put(taskId, state);
    }

    private void apply(RunEvent event, long now) {
        events++;
        if (event instanceof RunEvent.TaskQueued queued) {
            // queued never replaces a state: not one of this batch here, not one shown (RunMonitor)
            changes.states().putIfAbsent(queued.taskId(), NodeRunState.QUEUED);
        } else if (event instanceof RunEvent.TaskStarting starting) {
            running.put(new SessionTask(event.sessionId(), starting.taskId()), now);
            state(starting.taskId(), NodeRunState.RUNNING);
        } else if (event instanceof RunEvent.TaskSucceeded done) {
            state(done.taskId(), NodeRunState.SUCCEEDED);
            Long started = ran(event.sessionId(), done.taskId());
            addTimeline(done.taskId(), done.attempt(), "success", event.sessionId(), started, done.nanos(), now);
        } else if (event instanceof RunEvent.TaskFailed failed) {
            state(failed.taskId(), failed.willRetry() ? NodeRunState.RETRYING : NodeRunState.FAILED);
            Long started = ran(event.sessionId(), failed.taskId());
            addTimeline(failed.taskId(), failed.attempt(), failed.willRetry() ? "retry" : "error",
                    event.sessionId(), started, -1, now);
            addLog(failed.taskId(), failed.willRetry() ? "warning" : "error",
                    "attempt " + failed.attempt() + " failed: " + failed.error().getMessage()
                            + (failed.willRetry() ? " (will retry)" : ""), stackTrace(failed.error()), now);
        } else if (event instanceof RunEvent.TaskRetried retried) {
            addLog(retried.taskId(), "info", "retry " + retried.retryCount() + "/" + retried.maxRetries() + " queued after "
                    + retried.delayMillis() + " ms", null, now);
        } else if (event instanceof RunEvent.Jump jump) {
            if (jump.kind() != JumpKind.NEXT_ITERATION || !jump.newNode()) {
                String key = CanvasDecorations.ghostKey(jump.fromTaskId(), jump.toTaskId());
                changes.ghosts().put(key, ghosts.merge(key, 1, Integer::sum));
            }
            addLog(jump.fromTaskId(), "info", jump.kind().name().toLowerCase().replace('_', ' ') + " → " + jump.toTaskId()
                    + (jump.newNode() ? " (new task)" : ""), null, now);
        } else if (event instanceof RunEvent.GroupJoined joined) {
            addLog(joined.groupId(), joined.passed() ? "info" : "error", "group joined (" + joined.policy() + "): ok "
                    + joined.succeeded() + (joined.failed().isEmpty() ? "" : ", failed " + joined.failed()), null, now);
        } else if (event instanceof RunEvent.Terminated terminated) {
            addLog(terminated.taskId(), "info", "terminated the workflow: " + terminated.message(), null, now);
        } else if (event instanceof RunEvent.Cancelled cancelled) {
            addLog(cancelled.taskId(), "error", "cancelled the workflow: " + cancelled.message(), null, now);
        } else if (event instanceof RunEvent.CheckpointWritten written) {
            addLog(written.taskId(), "info", "checkpoint (" + written.mode() + ") written: " + written.path(), null, now);
        } else if (event instanceof RunEvent.RunFinished finished && event.sessionId().equals(rootSession)) {
            addLog(null, finished.error() == null ? "info" : "error", "run " + finished.status().wireName() + " after "
                    + finished.steps() + " steps" + (finished.error() == null ? "" : ": " + finished.error().getMessage()),
                    finished.error() == null ? null : stackTrace(finished.error()), now);
            running.keySet().forEach(attempt -> changes.interrupted().add(attempt.taskId()));
            running.clear();
        }
    }

    /** An attempt ended: counts it, and answers when it started ({@code null} if unknown). */
    private Long ran(String session, String taskId) {
        changes.counts().merge(taskId, 1, Integer::sum);
        return running.remove(new SessionTask(session, taskId));
    }

    private void addTimeline(String taskId, int attempt, String outcome, String session, Long started, long nanos,
                             long now) {
        steps++;
        if (timelineFull) {
            return;
        }
        if (timelineRows >= RunMonitor.TIMELINE_LIMIT) {
            timelineFull = true;
            addLog(null, "warning", "timeline shows the first " + RunMonitor.TIMELINE_LIMIT + " attempts only", null, now);
            return;
        }
        double startMillis = ((started == null ? now : started) - startedNanos) / 1e6;
        double micros = nanos >= 0 ? nanos / 1e3 : started == null ? 0 : (now - started) / 1e3;
        timelineRows++;
        changes.timeline().add(new TimelineEntry(steps, taskId, branchOf(session), attempt, outcome, startMillis, micros));
    }

    /** The branch column: empty for the root context, the suffix of a group member's context. */
    private String branchOf(String session) {
        if (session.equals(rootSession)) {
            return "";
        }
        boolean member = session.length() > rootSession.length() + 1 && session.startsWith(rootSession)
                && session.charAt(rootSession.length()) == '_';
        return member ? session.substring(rootSession.length() + 1) : session;
    }

    private void addLog(String taskId, String level, String message, String detail, long now) {
        if (logRows < RunMonitor.LOG_LIMIT) {
            logRows++;
            changes.log().add(new LogEntry((now - startedNanos) / 1_000_000, taskId, level, message, detail));
        }
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
