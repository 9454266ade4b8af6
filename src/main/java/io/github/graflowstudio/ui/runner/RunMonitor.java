package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.engine.event.JumpKind;
import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.ui.editor.CanvasDecorations;
import io.github.graflowstudio.ui.editor.NodeRunState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
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
 * The maps it hands out are read-only live views, never copies: publishing the state of 100,000
 * nodes ten times a second costs nothing, and the canvas reads only the nodes it draws.
 * FX thread only (views included).
 */
public final class RunMonitor {
    /** Most timeline rows kept (the newest are dropped beyond it, with a notice). */
    public static final int TIMELINE_LIMIT = 20_000;
    /** Most log lines kept. */
    public static final int LOG_LIMIT = 5_000;

    private final String rootSession;
    private final long startedNanos;
    private final Map<String, NodeRunState> states;
    private final Map<String, Integer> runCounts;
    private final Map<String, Integer> ghosts = new LinkedHashMap<>();
    private final Map<SessionTask, Long> startedAt = new HashMap<>();
    private final Map<String, NodeRunState> statesView;
    private final Map<String, Integer> runCountsView;
    private final Map<String, Integer> ghostsView = Collections.unmodifiableMap(ghosts);
    private String pausedTask;
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
        this(rootSession, startedNanos, 16);
    }

    /**
     * A monitor for one run over a graph of about {@code expectedNodes} nodes: its tables are
     * sized once, so a big run does not leave a trail of outgrown tables for the collector.
     */
    public RunMonitor(String rootSession, long startedNanos, int expectedNodes) {
        this.rootSession = rootSession;
        this.startedNanos = startedNanos;
        int capacity = (int) Math.min(1 << 30, Math.max(16, expectedNodes / 0.75 + 1));
        this.states = new LinkedHashMap<>(capacity);
        this.runCounts = new HashMap<>(capacity);
        this.statesView = Collections.unmodifiableMap(states);
        this.runCountsView = Collections.unmodifiableMap(runCounts);
    }

    private final List<TimelineEntry> newTimeline = new ArrayList<>();
    private final List<LogEntry> newLog = new ArrayList<>();

    /** The key of an attempt being timed: which context runs which task. */
    private record SessionTask(String sessionId, String taskId) {
    }

    /** Applies a batch of events in order; the timeline and log grow by one change each. */
    public void apply(List<RunEvent> batch) {
        fold(batch);
        publishLists();
    }

    /**
     * Applies a batch of events to the node states, counts and ghost edges at once, but only
     * buffers new timeline and log rows until {@link #publishLists()}: the runner shows those
     * tables' growth a few times a second rather than on every pulse.
     */
    public void fold(List<RunEvent> batch) {
        for (RunEvent event : batch) {
            apply(event);
        }
    }

    /** Appends the buffered timeline and log rows to their lists, one change each. */
    public void publishLists() {
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
        if (event instanceof RunEvent.TaskQueued queued) {
            NodeRunState previous = states.putIfAbsent(queued.taskId(), NodeRunState.QUEUED);
            if (previous == NodeRunState.SKIPPED) {
                states.put(queued.taskId(), NodeRunState.QUEUED);
            }
        } else if (event instanceof RunEvent.TaskStarting starting) {
            states.put(starting.taskId(), NodeRunState.RUNNING);
            if (!timelineFull) {
                startedAt.put(new SessionTask(event.sessionId(), starting.taskId()), System.nanoTime());
            }
        } else if (event instanceof RunEvent.TaskSucceeded done) {
            states.put(done.taskId(), NodeRunState.SUCCEEDED);
            runCounts.merge(done.taskId(), 1, Integer::sum);
            addTimeline(done.taskId(), done.attempt(), "success", event.sessionId(), done.nanos());
        } else if (event instanceof RunEvent.TaskFailed failed) {
            states.put(failed.taskId(), failed.willRetry() ? NodeRunState.RETRYING : NodeRunState.FAILED);
            runCounts.merge(failed.taskId(), 1, Integer::sum);
            addTimeline(failed.taskId(), failed.attempt(), failed.willRetry() ? "retry" : "error",
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

    private void addTimeline(String taskId, int attempt, String outcome, String session, long nanos) {
        steps++;
        if (timelineFull) {
            return;
        }
        if (timeline.size() + newTimeline.size() >= TIMELINE_LIMIT) {
            timelineFull = true;
            startedAt.clear();
            addLog(null, "warning", "timeline shows the first " + TIMELINE_LIMIT + " attempts only", null);
            return;
        }
        Long started = startedAt.remove(new SessionTask(session, taskId));
        long now = System.nanoTime();
        double startMillis = ((started == null ? now : started) - startedNanos) / 1e6;
        double micros = nanos >= 0 ? nanos / 1e3 : started == null ? 0 : (now - started) / 1e3;
        newTimeline.add(new TimelineEntry(steps, taskId, branchOf(session), attempt, outcome, startMillis, micros));
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
        if (pausedTask != null && states.get(pausedTask) == NodeRunState.PAUSED_HERE) {
            states.put(pausedTask, NodeRunState.QUEUED);
        }
        pausedTask = taskId;
        if (taskId != null) {
            states.put(taskId, NodeRunState.PAUSED_HERE);
        }
    }

    /** Marks nodes that never ran (or were queued) as skipped once the run ended. */
    public void finished(List<String> allIds) {
        finished(allIds.size(), () -> allIds);
    }

    /**
     * Marks nodes that never ran (or were queued) as skipped once the run ended. The ids are
     * asked for only when fewer than {@code nodeCount} nodes have a state: after a run that
     * reached every node of a 100,000-node graph nothing is copied or looked up.
     */
    public void finished(int nodeCount, java.util.function.Supplier<? extends java.util.Collection<String>> allIds) {
        if (states.size() < nodeCount) {
            for (String id : allIds.get()) {
                states.putIfAbsent(id, NodeRunState.SKIPPED);
            }
        }
        pausedAt(null);
    }

    /** Node states for the canvas: a read-only live view (FX thread). */
    public Map<String, NodeRunState> states() {
        return statesView;
    }

    /** How often each node ran (attempts): a read-only live view (FX thread). */
    public Map<String, Integer> runCounts() {
        return runCountsView;
    }

    /** Jumps taken, keyed by {@link CanvasDecorations#ghostKey}: a read-only live view (FX thread). */
    public Map<String, Integer> ghostEdges() {
        return ghostsView;
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
