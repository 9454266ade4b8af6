package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.checkpoint.CheckpointLoadException;
import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.checkpoint.CheckpointResult;
import io.github.graflowstudio.checkpoint.ResumedRun;
import io.github.graflowstudio.debug.BreakpointSet;
import io.github.graflowstudio.debug.DebugAction;
import io.github.graflowstudio.debug.DebugSession;
import io.github.graflowstudio.debug.DebugState;
import io.github.graflowstudio.debug.JexlConditionEvaluator;
import io.github.graflowstudio.debug.PauseInfo;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.compile.CompiledWorkflow;
import io.github.graflowstudio.document.compile.KindTaskResolver;
import io.github.graflowstudio.document.compile.WorkflowCompilationException;
import io.github.graflowstudio.document.compile.WorkflowCompiler;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.WorkflowEngine;
import io.github.graflowstudio.ui.editor.EditorViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;

/**
 * The runner panel and debugger: runs the open document from a start node chosen among its
 * nodes, on a background engine thread, with run, pause, step over/into, continue, stop,
 * restart, breakpoints, checkpoint now, resume from a checkpoint and run from here. Engine
 * events come back through one {@link RunDelivery} per run: folded on the engine thread in chunks,
 * pulled by the FX thread a few milliseconds at a time, and shown a few times a second. FX thread
 * only.
 */
public final class RunnerViewModel {
    private final EditorViewModel editor;
    private final Executor engineThread;
    private final Consumer<Runnable> fxThread;
    private final CheckpointManager checkpoints;
    private final WorkflowCompiler compiler;
    private final StartNodeChooser chooser;
    private final CanvasMarks marks;
    private final BreakpointSet breakpoints = new BreakpointSet();
    private final IntegerProperty maxSteps = new SimpleIntegerProperty(this, "maxSteps", ExecutionContext.DEFAULT_MAX_STEPS);
    private final ObjectProperty<DebugState> state = new SimpleObjectProperty<>(this, "state", DebugState.IDLE);
    private final ObjectProperty<PauseInfo> pause = new SimpleObjectProperty<>(this, "pause");
    private final SimpleStringProperty status = new SimpleStringProperty(this, "status", "Ready");
    private final SimpleObjectProperty<RunMonitor> monitor = new SimpleObjectProperty<>(this, "monitor");
    private final RunSnapshots snapshots = new RunSnapshots();
    private final RunRows rows = RunRows.create();
    private final RunHistory history = new RunHistory();
    private final SimpleObjectProperty<CheckpointResult> lastCheckpoint = new SimpleObjectProperty<>(this, "lastCheckpoint");
    private final RunnerAbilities abilities;
    private DebugSession session;
    private ExecutionContext lastContext;
    private final PublishSchedule schedule = new PublishSchedule();
    private final AfterRunCollection collection = new AfterRunCollection();
    private final java.util.concurrent.ScheduledExecutorService monitorThread = RunEventRelay.newMonitorThread();
    private FramePacer pacer = FramePacer.none();

    /**
     * The runner of an editor's document.
     *
     * @param editor           the editor (its document is what runs; its canvas shows the run)
     * @param engineThread     where the engine runs (one background thread)
     * @param fxThread         how events reach the FX thread ({@code Platform::runLater})
     * @param checkpointFolder where checkpoints go
     */
    public RunnerViewModel(EditorViewModel editor, Executor engineThread, Consumer<Runnable> fxThread,
                           Path checkpointFolder) {
        this.editor = editor;
        this.engineThread = engineThread;
        this.fxThread = fxThread;
        this.compiler = new WorkflowCompiler(editor.kinds());
        this.checkpoints = new CheckpointManager(checkpointFolder, KindTaskResolver.forKinds(editor.kinds()));
        this.chooser = new StartNodeChooser(editor.document(), editor.kinds());
        this.abilities = new RunnerAbilities(state, chooser.startProperty());
        this.marks = new CanvasMarks(editor);
        editor.documentProperty().addListener((obs, old, now) -> {
            chooser.documentChanged(now);
            marks.reachability(chooser.reachability());
        });
        chooser.startProperty().addListener((obs, old, now) -> marks.reachability(chooser.reachability()));
        chooser.noticeProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                status.set(now);
            }
        });
        breakpoints.addChangeListener(() -> fxThread.accept(() -> marks.breakpoints(breakpoints)));
        marks.reachability(chooser.reachability());
        state.addListener((obs, old, now) -> pacer.setActive(now == DebugState.RUNNING));
    }

    /**
     * With {@code follow}, lets the window's frames go first during a run ({@link FramePacer}): for
     * a runner shown in a window, until the window closes (FX thread).
     */
    public void followWindowPulses(boolean follow) {
        usePacer(follow ? FramePacer.forPulses(fxThread) : FramePacer.none());
    }

    /** What paces the runs ({@link #followWindowPulses}). */
    FramePacer pacer() {
        return pacer;
    }

    /** Paces the runs started from now on with {@code next}; a run going on keeps its pacer, inactive (FX thread). */
    void usePacer(FramePacer next) {
        pacer.setActive(false);
        pacer = next;
        pacer.setActive(state.get() == DebugState.RUNNING);
    }

    // ----- properties -----------------------------------------------------------------------

    /** The start node choice. */
    public StartNodeChooser startNodes() {
        return chooser;
    }

    /** Breakpoints (shared by every run of this runner). */
    public BreakpointSet breakpoints() {
        return breakpoints;
    }

    /** Step limit of new runs. */
    public IntegerProperty maxStepsProperty() {
        return maxSteps;
    }

    /** The debugger's state. */
    public ReadOnlyObjectProperty<DebugState> stateProperty() {
        return state;
    }

    /** Where the run is paused, or {@code null}. */
    public ReadOnlyObjectProperty<PauseInfo> pauseProperty() {
        return pause;
    }

    /** One line for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The current run's timeline and log: the same two lists for every run of this runner. */
    public RunRows rows() {
        return rows;
    }

    /** The current run's monitor (timeline, log, states), or {@code null} before the first run. */
    public ReadOnlyObjectProperty<RunMonitor> monitorProperty() {
        return monitor;
    }

    /** Queue and channel snapshots. */
    public RunSnapshots snapshots() {
        return snapshots;
    }

    /** A panel started or stopped showing the channel; one that starts gets the last run's rows at once. */
    public void channelShown(boolean shown) {
        snapshots.channelShown(shown);
        if (shown) {
            snapshots.refresh(lastContext);
        }
    }

    /** Runs of this session. */
    public ObservableList<RunRecord> history() {
        return history.records();
    }

    /** The last checkpoint written from the debugger, or {@code null}. */
    public ReadOnlyObjectProperty<CheckpointResult> lastCheckpointProperty() {
        return lastCheckpoint;
    }

    /** Which actions are possible now (the buttons and menu entries bind to these). */
    public RunnerAbilities abilities() {
        return abilities;
    }

    /** The context of the current or last run, or {@code null}. */
    public ExecutionContext lastContext() {
        return lastContext;
    }

    // ----- commands -------------------------------------------------------------------------

    /** F5: runs from the chosen start until a breakpoint or the end. */
    public void run() {
        if (abilities.canRun().get()) {
            startNew(false, chooser.startProperty().get(), null);
        }
    }

    /** F10: starts paused before the first task, or runs one task when paused (a group as a whole). */
    public void stepOver() {
        if (session == null || state.get() == DebugState.FINISHED || state.get() == DebugState.IDLE) {
            if (abilities.canRun().get()) {
                startNew(true, chooser.startProperty().get(), null);
            }
        } else if (session.can(DebugAction.STEP) && state.get() == DebugState.PAUSED) {
            session.stepOver();
        }
    }

    /** F11: like step over, but also stops before each parallel-group member. */
    public void stepInto() {
        if (session != null && state.get() == DebugState.PAUSED) {
            session.stepInto();
        } else {
            stepOver();
        }
    }

    /** F8: continues a paused run. */
    public void resume() {
        if (session != null && state.get() == DebugState.PAUSED) {
            session.resume();
        }
    }

    /** F6: pauses a running run before its next task. */
    public void pause() {
        if (session != null && state.get() == DebugState.RUNNING) {
            session.requestPause();
        }
    }

    /** Shift+F5: stops the run before its next task. */
    public void stop() {
        if (session != null) {
            session.stop();
        }
    }

    /** Ctrl+Shift+F5: stops the run and starts it again from the same start node. */
    public void restart() {
        String start = history.start() != null ? history.start() : chooser.startProperty().get();
        stop();
        if (start != null) {
            startNew(false, start, null);
        }
    }

    /** Runs from a node with the channel of the last run (results and values kept). */
    public void runFrom(String nodeId) {
        if (nodeId == null || !editor.document().hasId(nodeId) || isActive()) {
            return;
        }
        Map<String, Object> channel = lastContext == null ? Map.of() : lastContext.channel().snapshot();
        startNew(false, nodeId, channel);
    }

    /** F9: toggles a breakpoint on a node. */
    public void toggleBreakpoint(String nodeId) {
        if (nodeId != null && editor.document().hasId(nodeId)) {
            breakpoints.toggleTask(nodeId);
        }
    }

    /**
     * Writes a checkpoint of the paused run.
     *
     * @return the written set, or {@code null} if not paused or the write failed (status says why)
     */
    public CheckpointResult checkpointNow() {
        if (session == null || state.get() != DebugState.PAUSED) {
            status.set("Checkpoint now needs a paused run");
            return null;
        }
        try {
            CheckpointResult result = session.checkpointNow(checkpoints, null);
            lastCheckpoint.set(result);
            status.set("Checkpoint written: " + result.base()
                    + (result.problems().isEmpty() ? "" : " (" + result.problems().size() + " not serialisable)"));
            return result;
        } catch (RuntimeException e) {
            status.set("Checkpoint failed: " + e.getMessage());
            return null;
        }
    }

    /**
     * Loads a checkpoint set and stops before its first pending task. Tasks come from the open
     * document where it defines them.
     *
     * @return whether the run was resumed
     */
    public boolean resumeFrom(Path path) {
        if (isActive()) {
            status.set("Stop the current run before resuming a checkpoint");
            return false;
        }
        WorkflowDocument document = editor.document();
        prepare("Resuming " + path.getFileName(), () -> {
            CompiledWorkflow compiled = compileOrNull(document, null);
            ResumedRun resumed = checkpoints.resumeFromCheckpoint(path, compiled == null ? null : compiled.graph());
            return new Prepared(resumed.context(), resumed.context().startNode(), "Resumed " + resumed.base().getFileName()
                    + (resumed.note() == null ? "" : ": " + resumed.note()));
        }, true);
        return true;
    }

    /** Whether a run is going on (running, paused or stopping). */
    public boolean isActive() {
        DebugState current = state.get();
        return current == DebugState.RUNNING || current == DebugState.PAUSED || current == DebugState.STOPPING;
    }

    // ----- running --------------------------------------------------------------------------

    private void startNew(boolean paused, String start, Map<String, Object> channel) {
        if (start == null) {
            status.set("Choose a start node first");
            return;
        }
        WorkflowDocument document = editor.document();
        int steps = Math.max(1, maxSteps.get());
        prepare("Preparing the run from " + start, () -> {
            CompiledWorkflow compiled = compiler.compile(document.withStart(start));
            ExecutionContext context = ExecutionContext.builder(compiled.graph()).startNode(start).maxSteps(steps)
                    .initialChannel(channel == null ? Map.of() : channel).build();
            return new Prepared(context, start, "Running from " + start);
        }, paused);
    }

    /** A context ready to run, made off the FX thread. */
    private record Prepared(ExecutionContext context, String start, String message) {
    }

    /**
     * Compiles (and resumes) on the engine thread so a big workflow never stalls the FX thread,
     * then starts the session on the FX thread. Problems become the status line.
     */
    private void prepare(String what, java.util.function.Supplier<Prepared> work, boolean paused) {
        state.set(DebugState.RUNNING);
        status.set(what + "…");
        engineThread.execute(() -> {
            Prepared prepared;
            try {
                prepared = work.get();
            } catch (WorkflowCompilationException e) {
                String message = "Cannot run: " + e.errors().size() + " problem(s); first: " + e.errors().get(0).message();
                fxThread.accept(() -> failedToStart(message));
                return;
            } catch (CheckpointLoadException | IllegalArgumentException e) {
                fxThread.accept(() -> failedToStart("Cannot run: " + e.getMessage()));
                return;
            } catch (RuntimeException e) { // a bug of ours: say so, and do not stay "running"
                fxThread.accept(() -> failedToStart("Cannot run: " + e));
                return;
            }
            fxThread.accept(() -> {
                begin(prepared.context(), paused, prepared.start());
                status.set(prepared.message());
            });
        });
    }

    private void failedToStart(String message) {
        state.set(session == null ? DebugState.IDLE : DebugState.FINISHED);
        status.set(message);
    }

    private CompiledWorkflow compileOrNull(WorkflowDocument document, String start) {
        try {
            return compiler.compile(start == null ? document : document.withStart(start));
        } catch (WorkflowCompilationException e) {
            return null;
        }
    }

    private void begin(ExecutionContext context, boolean paused, String start) {
        if (session != null) {
            // a run replaced before it ended (Restart pressed twice while the first restart was
            // still compiling) must not keep the single engine thread, e.g. paused at a breakpoint
            session.stop();
            if (history.pending()) {
                recordReplaced(session.result());
            }
        }
        WorkflowEngine engine = new WorkflowEngine();
        engine.setCheckpointWriter(checkpoints);
        lastContext = context;
        long startedNanos = history.started(start);
        schedule.runStarted(startedNanos);
        RunMonitor runMonitor = new RunMonitor(context.sessionId(), startedNanos, context.graph().size(), rows);
        monitor.set(runMonitor);
        DebugSession next = new DebugSession(engine, context, engineThread, breakpoints, new JexlConditionEvaluator());
        next.addListener(new RunDelivery(runMonitor, schedule, monitorThread, fxThread, new RunDelivery.Receiver() {
            @Override
            public boolean isCurrent() {
                return session == next;
            }

            @Override
            public boolean isRunning() {
                return state.get() == DebugState.RUNNING;
            }

            @Override
            public void stateChanged(RunDelivery.StateChange change) {
                applyState(change, runMonitor);
            }

            @Override
            public void finished(RunResult result) {
                finish(result, runMonitor);
            }

            @Override
            public void showTables() {
                snapshots.refresh(lastContext);
                runMonitor.publishLists();
            }

            @Override
            public void showCanvas() {
                marks.run(runMonitor);
            }
        }));
        next.addListener(pacer);
        session = next;
        state.set(DebugState.RUNNING);
        pacer.setActive(true); // the compile before may have been a quiet spell that stopped the pulses
        if (paused) {
            next.startPaused();
        } else {
            next.start();
        }
    }

    private void applyState(RunDelivery.StateChange change, RunMonitor runMonitor) {
        if (change.message() != null) {
            status.set(change.message());
            return;
        }
        if (change.state() == DebugState.FINISHED) {
            return; // the run's result, right after, finishes it together with its record (finish)
        }
        state.set(change.state());
        pause.set(change.pause());
        if (change.state() == DebugState.PAUSED && change.pause() != null) {
            runMonitor.pausedAt(change.pause().taskId());
            status.set(change.pause().describe());
            editor.reveal(change.pause().taskId());
        } else if (change.state() == DebugState.RUNNING) {
            runMonitor.pausedAt(null);
            status.set("Running");
        } else if (change.state() == DebugState.STOPPING) {
            status.set("Stopping before the next task");
        }
    }

    private void finish(RunResult result, RunMonitor runMonitor) {
        long millis = history.millis();
        state.set(DebugState.FINISHED);
        pause.set(null);
        runMonitor.finished(lastContext.graph().size(), lastContext.graph()::nodeIds);
        runMonitor.publishLists();
        snapshots.refreshAll(lastContext);
        status.set("Run " + result.status().wireName() + " after " + result.steps() + " steps in " + millis
                + " ms" + (result.error() == null ? "" : ": " + result.errorMessage()));
        history.record(result.status(), result.steps(), millis, runMonitor, snapshots);
        collection.runEnded(result.steps());
    }

    /**
     * Records the current run, replaced by a new one before its result was shown (Restart): the
     * result of a replaced run is not delivered. With {@code result} (the run had ended, its
     * result still on its way) it is recorded as it ended; without, as stopped, with the steps
     * its context counted. Its rows are what it showed so far; they still are its own, as the new
     * run has not shown any yet.
     */
    private void recordReplaced(RunResult result) {
        RunMonitor replaced = monitor.get();
        replaced.pull();
        replaced.publishLists();
        try {
            snapshots.refreshAll(lastContext);
        } catch (RuntimeException e) {
            // the replaced run's context may still be in use on the engine thread (Restart pressed
            // twice): its record then keeps the queue and channel last shown
        }
        history.record(result != null ? result.status() : RunStatus.STOPPED,
                result != null ? result.steps() : lastContext.steps(), history.millis(), replaced, snapshots);
    }
}
