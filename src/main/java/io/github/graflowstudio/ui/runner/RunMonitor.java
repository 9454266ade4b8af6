package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.engine.event.JumpKind;
import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.ui.editor.CanvasDecorations;
import io.github.graflowstudio.ui.editor.NodeRunState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Folds engine events (delivered in batches, once per pulse) into what the panels show: node
 * states and run counts, ghost edges for jumps taken, the timeline and the log. Keeps only
 * aggregates per node, so a run of 100,000 tasks stays cheap; the timeline and log are capped.
 * FX thread only.
 */
public final class RunMonitor {
    /** Most timeline rows kept (the newest are dropped beyond it, with a notice). */
    public static final int TIMELINE_LIMIT = 20_000;
    /** Most log lines kept. */
    public static final int LOG_LIMIT = 5_000;

    private final String rootSession;
    private final long startedNanos;
    private final Map<String, NodeRunState> states = new LinkedHashMap<>();
    private final Map<String, Integer> runCounts = new HashMap<>();
    private final Map<String, Integer> ghosts = new LinkedHashMap<>();
    private final Map<String, Long> startedAt = new HashMap<>();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<LogEntry> log = FXCollections.observableArrayList();
    private int steps;
    private boolean timelineFull;
    private long events;

    /**
     * A monitor for one run.
     *
     * @param rootSession  the root context's session id
     * @param startedNanos {@link System#nanoTime()} at the start
     */
    public RunMonitor(String rootSession, long startedNanos) {
        this.rootSession = rootSession;
        this.startedNanos = startedNanos;
    }

    private final List<TimelineEntry> newTimeline = new java.util.ArrayList<>();
    private final List<LogEntry> newLog = new java.util.ArrayList<>();

    /** Applies a batch of events in order; the timeline and log grow by one change each. */
    public void apply(List<RunEvent> batch) {
        for (RunEvent event : batch) {
            apply(event);
        }
        if (!newTimeline.isEmpty()) {
            timeline.addAll(newTimeline);
            newTimeline.clear();
        }
        if (!newLog.isEmpty()) {
            log.addAll(newLog);
            newLog.clear();
        }
    }

    private void apply(RunEvent event) {
        events++;
        String branch = event.sessionId().equals(rootSession) ? ""
                : event.sessionId().startsWith(rootSession + "_") ? event.sessionId().substring(rootSession.length() + 1)
                : event.sessionId();
        if (event instanceof RunEvent.TaskQueued queued) {
            states.putIfAbsent(queued.taskId(), NodeRunState.QUEUED);
            if (states.get(queued.taskId()) == NodeRunState.SKIPPED) {
                states.put(queued.taskId(), NodeRunState.QUEUED);
            }
        } else if (event instanceof RunEvent.TaskStarting starting) {
            states.put(starting.taskId(), NodeRunState.RUNNING);
            startedAt.put(event.sessionId() + '\u0000' + starting.taskId(), System.nanoTime());
        } else if (event instanceof RunEvent.TaskSucceeded done) {
            states.put(done.taskId(), NodeRunState.SUCCEEDED);
            runCounts.merge(done.taskId(), 1, Integer::sum);
            addTimeline(done.taskId(), branch, done.attempt(), "success", event.sessionId(), done.nanos());
        } else if (event instanceof RunEvent.TaskFailed failed) {
            states.put(failed.taskId(), failed.willRetry() ? NodeRunState.RETRYING : NodeRunState.FAILED);
            runCounts.merge(failed.taskId(), 1, Integer::sum);
            addTimeline(failed.taskId(), branch, failed.attempt(), failed.willRetry() ? "retry" : "error",
                    event.sessionId(), -1);
            addLog(failed.taskId(), failed.willRetry() ? "warning" : "error",
                    "attempt " + failed.attempt() + " failed: " + failed.error().getMessage()
                            + (failed.willRetry() ? " (will retry)" : ""), stackTrace(failed.error()));
        } else if (event instanceof RunEvent.TaskRetried retried) {
            addLog(retried.taskId(), "info", "retry " + retried.retryCount() + "/" + retried.maxRetries() + " queued after "
                    + retried.delayMillis() + " ms", null);
        } else if (event instanceof RunEvent.Jump jump) {
            if (jump.kind() != JumpKind.NEXT_ITERATION || !jump.newNode()) {
                ghosts.merge(CanvasDecorations.ghostKey(jump.fromTaskId(), jump.toTaskId()), 1, Integer::sum);
            }
            addLog(jump.fromTaskId(), "info", jump.kind().name().toLowerCase().replace('_', ' ') + " → " + jump.toTaskId()
                    + (jump.newNode() ? " (new task)" : ""), null);
        } else if (event instanceof RunEvent.GroupJoined joined) {
            addLog(joined.groupId(), joined.passed() ? "info" : "error", "group joined (" + joined.policy() + "): ok "
                    + joined.succeeded() + (joined.failed().isEmpty() ? "" : ", failed " + joined.failed()), null);
        } else if (event instanceof RunEvent.Terminated terminated) {
            addLog(terminated.taskId(), "info", "terminated the workflow: " + terminated.message(), null);
        } else if (event instanceof RunEvent.Cancelled cancelled) {
            addLog(cancelled.taskId(), "error", "cancelled the workflow: " + cancelled.message(), null);
        } else if (event instanceof RunEvent.CheckpointWritten written) {
            addLog(written.taskId(), "info", "checkpoint (" + written.mode() + ") written: " + written.path(), null);
        } else if (event instanceof RunEvent.RunFinished finished && event.sessionId().equals(rootSession)) {
            addLog(null, finished.error() == null ? "info" : "error", "run " + finished.status().wireName() + " after "
                    + finished.steps() + " steps" + (finished.error() == null ? "" : ": " + finished.error().getMessage()),
                    finished.error() == null ? null : stackTrace(finished.error()));
            states.replaceAll((id, state) -> state == NodeRunState.RUNNING ? NodeRunState.QUEUED : state);
        }
    }

    private void addTimeline(String taskId, String branch, int attempt, String outcome, String session, long nanos) {
        steps++;
        Long started = startedAt.remove(session + '\u0000' + taskId);
        long now = System.nanoTime();
        double startMillis = ((started == null ? now : started) - startedNanos) / 1e6;
        double micros = nanos >= 0 ? nanos / 1e3 : started == null ? 0 : (now - started) / 1e3;
        if (timeline.size() + newTimeline.size() < TIMELINE_LIMIT) {
            newTimeline.add(new TimelineEntry(steps, taskId, branch, attempt, outcome, startMillis, micros));
        } else if (!timelineFull) {
            timelineFull = true;
            addLog(null, "warning", "timeline shows the first " + TIMELINE_LIMIT + " attempts only", null);
        }
    }

    private void addLog(String taskId, String level, String message, String detail) {
        if (log.size() + newLog.size() < LOG_LIMIT) {
            newLog.add(new LogEntry((System.nanoTime() - startedNanos) / 1_000_000, taskId, level, message, detail));
        }
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Marks the task the debugger holds. */
    public void pausedAt(String taskId) {
        states.replaceAll((id, state) -> state == NodeRunState.PAUSED_HERE ? NodeRunState.QUEUED : state);
        if (taskId != null) {
            states.put(taskId, NodeRunState.PAUSED_HERE);
        }
    }

    /** Marks nodes that never ran (or were queued) as skipped once the run ended. */
    public void finished(List<String> allIds) {
        for (String id : allIds) {
            states.putIfAbsent(id, NodeRunState.SKIPPED);
        }
        states.replaceAll((id, state) -> state == NodeRunState.PAUSED_HERE ? NodeRunState.QUEUED : state);
    }

    /** Node states for the canvas. */
    public Map<String, NodeRunState> states() {
        return Map.copyOf(states);
    }

    /** How often each node ran (attempts). */
    public Map<String, Integer> runCounts() {
        return Map.copyOf(runCounts);
    }

    /** Jumps taken, keyed by {@link CanvasDecorations#ghostKey}. */
    public Map<String, Integer> ghostEdges() {
        return Map.copyOf(ghosts);
    }

    /** The timeline. */
    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    /** The log. */
    public ObservableList<LogEntry> log() {
        return log;
    }

    /** Events seen. */
    public long events() {
        return events;
    }

    /** Attempts finished. */
    public int attempts() {
        return steps;
    }
}
