package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.ui.editor.EditorViewModel;
import io.github.graflowstudio.ui.editor.TextDisplay;
import io.github.graflowstudio.ui.editor.geometry.Point;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The runner's controls: the start-node choice (only the graph's nodes), max steps, the run
 * buttons and the Run menu with IDE-style shortcuts (F5 run, F6 pause, F8 continue, F9
 * breakpoint, F10 step over, F11 step into, Shift+F5 stop, Ctrl+Shift+F5 restart), and the
 * canvas context menu. Every control is enabled only when its action is possible. FX thread only.
 */
public final class RunnerControls {
    private final RunnerViewModel model;
    private final EditorViewModel editor;
    private final Function<String, Optional<Path>> chooseCheckpoint;
    private final Supplier<Runnable> afterCheckpoint;

    /**
     * Controls for a runner.
     *
     * @param chooseCheckpoint asks the user for a checkpoint file (title to path)
     * @param afterCheckpoint  what to offer after a checkpoint was written (may return null)
     */
    public RunnerControls(RunnerViewModel model, EditorViewModel editor, Function<String, Optional<Path>> chooseCheckpoint,
                          Supplier<Runnable> afterCheckpoint) {
        this.model = model;
        this.editor = editor;
        this.chooseCheckpoint = chooseCheckpoint;
        this.afterCheckpoint = afterCheckpoint;
    }

    /** The toolbar items. */
    public List<Node> toolbarItems() {
        ComboBox<String> start = new ComboBox<>(model.startNodes().choices());
        start.setId("startNode");
        start.setPromptText("Start node");
        start.setEditable(false);
        // fixed widths: otherwise the skin measures every item, which stalls with 100,000 nodes
        start.setPrefWidth(170);
        start.setMinWidth(170);
        start.setMaxWidth(170);
        start.setTooltip(new Tooltip("Where the run starts: only nodes of this workflow can be chosen"));
        start.valueProperty().bindBidirectional(model.startNodes().startProperty());
        start.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : TextDisplay.visible(id));
            }
        });
        start.disableProperty().bind(model.abilities().canStop());
        Spinner<Integer> maxSteps = new Spinner<>(1, 100_000_000, model.maxStepsProperty().get(), 100);
        maxSteps.setId("maxSteps");
        maxSteps.setEditable(true);
        maxSteps.setPrefWidth(120);
        maxSteps.setTooltip(new Tooltip("Step limit: the run stops with max_steps when reached (tasks stay pending)"));
        maxSteps.valueProperty().addListener((obs, old, now) -> model.maxStepsProperty().set(now));
        model.maxStepsProperty().addListener((obs, old, now) -> maxSteps.getValueFactory().setValue(now.intValue()));
        return List.of(new Label("Start"), start, maxSteps,
                button("runButton", "mdi2p-play", "Run (F5)", model::run, model.abilities().canRun()),
                button("pauseButton", "mdi2p-pause", "Pause before the next task (F6)", model::pause, model.abilities().canPause()),
                button("stepButton", "mdi2d-debug-step-over", "Step: run one task, a group as a whole (F10)",
                        model::stepOver, model.abilities().canStep()),
                button("stepIntoButton", "mdi2d-debug-step-into", "Step into: stop before each group member (F11)",
                        model::stepInto, model.abilities().canStep()),
                button("continueButton", "mdi2s-skip-next", "Continue (F8)", model::resume, model.abilities().canContinue()),
                button("stopButton", "mdi2s-stop", "Stop before the next task (Shift+F5)", model::stop, model.abilities().canStop()),
                button("restartButton", "mdi2r-restart", "Restart from the same start node (Ctrl+Shift+F5)", model::restart,
                        model.abilities().canStop()),
                button("checkpointButton", "mdi2c-camera-outline", "Checkpoint now (paused runs)", this::checkpointNow,
                        model.abilities().canCheckpoint()));
    }

    private static Button button(String id, String icon, String tooltip, Runnable action, ObservableBooleanValue enabled) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(new FontIcon(icon));
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        button.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        return button;
    }

    /** The Run menu. */
    public Menu runMenu() {
        Menu menu = new Menu("_Run");
        menu.setId("menuRun");
        menu.getItems().addAll(
                item("menuRunRun", "Run", "mdi2p-play", "F5", model::run, model.abilities().canRun()),
                item("menuRunPause", "Pause", "mdi2p-pause", "F6", model::pause, model.abilities().canPause()),
                item("menuRunStep", "Step Over", "mdi2d-debug-step-over", "F10", model::stepOver, model.abilities().canStep()),
                item("menuRunStepInto", "Step Into", "mdi2d-debug-step-into", "F11", model::stepInto, model.abilities().canStep()),
                item("menuRunContinue", "Continue", "mdi2s-skip-next", "F8", model::resume, model.abilities().canContinue()),
                item("menuRunStop", "Stop", "mdi2s-stop", "Shift+F5", model::stop, model.abilities().canStop()),
                item("menuRunRestart", "Restart", "mdi2r-restart", "Shortcut+Shift+F5", model::restart, model.abilities().canStop()),
                new SeparatorMenuItem(),
                item("menuToggleBreakpoint", "Toggle Breakpoint", "mdi2c-circle", "F9", this::toggleOnSelection, null),
                item("menuRunFromHere", "Run from Selected Task", "mdi2p-play-circle-outline", "Shortcut+F5",
                        () -> model.runFrom(selected()), model.abilities().canRun()),
                new SeparatorMenuItem(),
                item("menuCheckpointNow", "Checkpoint Now", "mdi2c-camera-outline", null, this::checkpointNow,
                        model.abilities().canCheckpoint()),
                item("menuResumeCheckpoint", "Resume from Checkpoint…", "mdi2f-file-search-outline", null,
                        this::resumeFromCheckpoint, null));
        return menu;
    }

    private static MenuItem item(String id, String label, String icon, String keys, Runnable action,
                                 ObservableBooleanValue enabled) {
        MenuItem item = new MenuItem(label, new FontIcon(icon));
        item.setId(id);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(event -> action.run());
        if (enabled != null) {
            item.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        }
        return item;
    }

    private String selected() {
        return editor.selection().size() == 1 ? editor.selection().iterator().next() : null;
    }

    private void toggleOnSelection() {
        for (String id : editor.selection()) {
            model.toggleBreakpoint(id);
        }
    }

    private void checkpointNow() {
        if (model.checkpointNow() != null && afterCheckpoint != null) {
            Runnable follow = afterCheckpoint.get();
            if (follow != null) {
                follow.run();
            }
        }
    }

    private void resumeFromCheckpoint() {
        chooseCheckpoint.apply("Resume from checkpoint").ifPresent(model::resumeFrom);
    }

    /** The canvas context menu for a node (or {@code null} on empty canvas). */
    public ContextMenu contextMenu(String id, Point world) {
        if (id == null) {
            return null;
        }
        MenuItem breakpoint = new MenuItem(model.breakpoints().forTask(id).isEmpty() ? "Add Breakpoint" : "Remove Breakpoint");
        breakpoint.setId("contextBreakpoint");
        breakpoint.setAccelerator(KeyCombination.keyCombination("F9"));
        breakpoint.setOnAction(event -> model.toggleBreakpoint(id));
        MenuItem runFrom = new MenuItem("Run from Here");
        runFrom.setId("contextRunFrom");
        runFrom.setDisable(model.isActive());
        runFrom.setOnAction(event -> model.runFrom(id));
        MenuItem setStart = new MenuItem("Set as Start Node");
        setStart.setId("contextSetStart");
        setStart.setDisable(model.isActive());
        setStart.setOnAction(event -> model.startNodes().startProperty().set(id));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(event -> editor.deleteSelection());
        return new ContextMenu(breakpoint, runFrom, setStart, new SeparatorMenuItem(), delete);
    }
}
