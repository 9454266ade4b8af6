package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.ui.editor.CanvasDecorations;
import io.github.graflowstudio.ui.editor.NodeRunState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;

/**
 * What the panels show of one run: node states and run counts, ghost edges for jumps taken, the
 * timeline and the log. The engine's events are folded by a {@link RunFold}, in chunks, on the
 * engine thread (see {@link RunEventRelay}); the FX thread {@link #pull pulls} what changed a few
 * times a second and applies it here, one entry per changed node. Keeps only aggregates per node,
 * so a run of 100,000 tasks stays cheap; the timeline and log are capped. The maps it hands out
 * are read-only live views, never copies: publishing the state of 100,000 nodes ten times a
 * second costs nothing, and the canvas reads only the nodes it draws.
 *
 * <p>{@link #fold} may be called from any one thread at a time; everything else, views included,
 * is FX thread only.
 */
public final class RunMonitor {
    /** Most timeline rows kept (the newest are dropped beyond it, with a notice). */
    public static final int TIMELINE_LIMIT = 20_000;
    /** Most log lines kept. */
    public static final int LOG_LIMIT = 5_000;

    private final RunFold fold;
    private final Map<String, NodeRunState> states;
    private final Map<String, Integer> runCounts;
    private final Map<String, Integer> ghosts = new LinkedHashMap<>();
    private final Map<String, NodeRunState> statesView;
    private final Map<String, Integer> runCountsView;
    private final Map<String, Integer> ghostsView = Collections.unmodifiableMap(ghosts);
    private String pausedTask;
    private final ObservableList<TimelineEntry> timeline;
    private final ObservableList<LogEntry> log;
    private final List<TimelineEntry> newTimeline = new ArrayList<>();
    private final List<LogEntry> newLog = new ArrayList<>();
    private boolean firstPublish = true;
    private int steps;
    private long events;
    private long pulled;

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
        this(rootSession, startedNanos, expectedNodes, RunRows.create());
    }

    /**
     * A monitor that shows its run's timeline and log in {@code rows}: its first
     * {@link #publishLists} replaces what they hold (the previous run's rows, until then), later
     * ones append. The runner keeps one pair of lists for all its runs, so its panels keep their
     * cells (see {@link RunRows}).
     */
    public RunMonitor(String rootSession, long startedNanos, int expectedNodes, RunRows rows) {
        this.timeline = rows.timeline();
        this.log = rows.log();
        this.fold = new RunFold(rootSession, startedNanos);
        int capacity = (int) Math.min(1 << 30, Math.max(16, expectedNodes / 0.75 + 1));
        this.states = new HashMap<>(capacity);
        this.runCounts = new HashMap<>(capacity);
        this.statesView = Collections.unmodifiableMap(states);
        this.runCountsView = Collections.unmodifiableMap(runCounts);
    }

    /** Folds a batch of events, pulls the changes and appends the new rows (one thread; tests). */
    public void apply(List<RunEvent> batch) {
        fold(batch);
        pull();
        publishLists();
    }

    /**
     * Folds a batch of events, in order, as if all were posted now, on the calling thread (one
     * thread at a time; tests: a run's events come through {@link RunEventRelay} with their posting
     * times); nothing the FX thread reads changes until it pulls.
     */
    public void fold(List<RunEvent> batch) {
        long[] now = new long[batch.size()];
        Arrays.fill(now, System.nanoTime());
        fold(batch.toArray(), now, 0, batch.size());
    }

    /**
     * Folds {@code items[from..to)}, all engine events, posted at {@code postedNanos[i]}
     * ({@link System#nanoTime()}), in order (one thread at a time, see {@link RunEventRelay}).
     */
    void fold(Object[] items, long[] postedNanos, int from, int to) {
        fold.fold(items, postedNanos, from, to);
    }

    /** Applies every batch folded so far (see {@link #pull(long)}). FX thread. */
    public void pull() {
        pull(Long.MAX_VALUE);
    }

    /**
     * Applies the batches folded so far to the states, counts and ghost edges, oldest first, until
     * none is left or {@code budgetNanos} have passed; new timeline and log rows are only buffered
     * until {@link #publishLists()}. FX thread.
     *
     * @return whether folded batches are left
     */
    public boolean pull(long budgetNanos) {
        long started = System.nanoTime();
        RunFold.Changes changes;
        while ((changes = fold.take()) != null) {
            changes.states().forEach(this::applyState);
            for (String id : changes.interrupted()) {
                if (states.get(id) == NodeRunState.RUNNING) {
                    states.put(id, NodeRunState.QUEUED);
                }
            }
            pulled++;
            changes.counts().forEach((id, more) -> runCounts.merge(id, more, Integer::sum));
            ghosts.putAll(changes.ghosts());
            newTimeline.addAll(changes.timeline());
            newLog.addAll(changes.log());
            steps = changes.steps();
            events = changes.events();
            if (System.nanoTime() - started >= budgetNanos) {
                break;
            }
        }
        return changes != null;
    }

    /** "Queued" only shows for a node with no state yet: a task queued again keeps what it showed (ran, paused here). */
    private void applyState(String taskId, NodeRunState state) {
        if (state == NodeRunState.QUEUED && states.containsKey(taskId)) {
            return;
        }
        states.put(taskId, state);
    }

    /**
     * How many folded batches were handed over so far: a notice posted by the folding thread
     * after this many must wait until {@link #pulledBatches()} reaches it (folding thread).
     */
    public long foldedBatches() {
        return fold.handedOver();
    }

    /** How many folded batches this side has applied so far (FX thread). */
    public long pulledBatches() {
        return pulled;
    }

    /**
     * Shows the buffered timeline and log rows, one change per list: the first time in place of
     * what the lists held, then appended. FX thread.
     */
    public void publishLists() {
        if (firstPublish) {
            // the previous run's rows stay until now: the tables change once, not twice
            firstPublish = false;
            timeline.setAll(newTimeline);
            log.setAll(newLog);
        } else {
            if (!newTimeline.isEmpty()) {
                timeline.addAll(newTimeline);
            }
            if (!newLog.isEmpty()) {
                log.addAll(newLog);
            }
        }
        newTimeline.clear();
        newLog.clear();
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
