package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.debug.Breakpoint;
import io.github.graflowstudio.debug.BreakpointKind;
import io.github.graflowstudio.debug.BreakpointSet;
import io.github.graflowstudio.ui.editor.TextDisplay;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.converter.IntegerStringConverter;

/**
 * The debugger's bottom panels: queue, channel and results, log, timeline, breakpoints and run
 * history. Tables and trees are virtualised controls. FX thread only.
 */
public final class RunnerPanels {
    /**
     * Height of a row in the run's tables and lists. Fixed, so a table that grows by thousands of
     * rows during a run is laid out from the row count alone: with measured rows JavaFX sizes rows
     * one by one to estimate the scroll range, tens of milliseconds per update at 20,000 rows.
     */
    static final double ROW_HEIGHT = 24;

    private final RunnerViewModel model;

    /** Panels over a runner. */
    public RunnerPanels(RunnerViewModel model) {
        this.model = model;
    }

    /** All panel tabs in order; each panel is built when its tab is first selected. */
    public java.util.List<Tab> tabs() {
        return java.util.List.of(tab("queueTab", "Queue", this::queue), tab("channelTab", "Channel", this::channel),
                tab("logTab", "Log", this::log), tab("timelineTab", "Timeline", this::timeline),
                tab("breakpointsTab", "Breakpoints", this::breakpoints), tab("historyTab", "History", this::history));
    }

    /**
     * A tab whose content is made on first selection: nobody pays for six tables, trees and
     * lists (about 90 ms of start-up CPU) before opening them. The panels read everything from
     * the runner's models, so one built late shows the same as one built early.
     *
     * <p>The content is taken out of the scene while another tab is selected. A tab pane only
     * hides the other tabs' content, and a hidden table still refills and restyles its cells when
     * its rows change (the FX thread was sampled doing so for the timeline during runs shown on
     * the log and channel tabs). Out of the scene a table only notes that its rows changed, and
     * catches up in one layout when its tab is selected again.
     */
    private static Tab tab(String id, String title, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        javafx.scene.Node[] built = new javafx.scene.Node[1];
        if (tab.isSelected()) {
            built[0] = content.get();
            tab.setContent(built[0]);
        }
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                if (built[0] == null) {
                    built[0] = content.get();
                }
                tab.setContent(built[0]);
            } else {
                tab.setContent(null);
            }
        });
        return tab;
    }

    private static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double width) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(TextCells.table(String::valueOf));
        column.setPrefWidth(width);
        return column;
    }

    private TableView<QueueRow> queue() {
        TableView<QueueRow> table = new TableView<>(model.snapshots().queue());
        table.setId("queueTable");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label("The queue is empty."));
        table.getColumns().add(column("#", QueueRow::position, 50));
        table.getColumns().add(column("Task", row -> TextDisplay.visible(row.taskId()), 200));
        table.getColumns().add(column("Status", QueueRow::status, 90));
        table.getColumns().add(column("Retries", row -> row.retryCount() + " / " + row.maxRetries(), 80));
        table.getColumns().add(column("Last error", QueueRow::lastError, 300));
        table.getColumns().add(column("Group", QueueRow::group, 120));
        CellsAhead.prepare(table, i -> new QueueRow(i + 1, "task" + i, "pending", 0, 0, "", ""));
        return table;
    }

    /** The channel tree, and under it how many entries it leaves out. */
    private BorderPane channel() {
        TreeTableView<ChannelRow> tree = channelTree();
        Label more = new Label();
        more.setId("channelMore");
        RunSnapshots snapshots = model.snapshots();
        more.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int shown = snapshots.channel().size();
            int total = snapshots.channelTotalProperty().get();
            return total > shown ? String.format("Showing the first %,d of %,d channel entries", shown, total) : "";
        }, snapshots.channel(), snapshots.channelTotalProperty()));
        more.visibleProperty().bind(more.textProperty().isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());
        more.setPadding(new javafx.geometry.Insets(2, 6, 2, 6));
        BorderPane pane = new BorderPane(tree);
        pane.setBottom(more);
        return pane;
    }

    private TreeTableView<ChannelRow> channelTree() {
        TreeTableView<ChannelRow> tree = new TreeTableView<>();
        tree.setId("channelTree");
        tree.setFixedCellSize(ROW_HEIGHT);
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label("No channel values yet."));
        TreeTableColumn<ChannelRow, String> key = new TreeTableColumn<>("Key");
        key.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue().key()));
        key.setPrefWidth(260);
        TreeTableColumn<ChannelRow, String> value = new TreeTableColumn<>("Value");
        value.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue().value()));
        value.setPrefWidth(420);
        TreeTableColumn<ChannelRow, String> type = new TreeTableColumn<>("Type");
        type.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue().type()));
        key.setCellFactory(TextCells.treeTable(String::valueOf));
        value.setCellFactory(TextCells.treeTable(String::valueOf));
        type.setCellFactory(TextCells.treeTable(String::valueOf));
        tree.getColumns().add(key);
        tree.getColumns().add(value);
        tree.getColumns().add(type);
        TreeItem<ChannelRow> root = new TreeItem<>();
        tree.setRoot(root);
        Runnable refill = () -> ChannelTreeItems.update(root, model.snapshots().channel());
        model.snapshots().channel().addListener((javafx.collections.ListChangeListener<ChannelRow>) change -> refill.run());
        refill.run();
        // in the scene exactly while its tab is selected (see tab): only then are the rows copied
        tree.sceneProperty().addListener((obs, old, now) -> model.channelShown(now != null));
        model.channelShown(tree.getScene() != null);
        return tree;
    }

    private SplitPane log() {
        ListView<LogEntry> list = new ListView<>();
        list.setId("logList");
        list.setFixedCellSize(ROW_HEIGHT);
        TextArea detail = new TextArea();
        detail.setEditable(false);
        detail.setId("logDetail");
        TextField filter = new TextField();
        filter.setId("logFilter");
        filter.setPromptText("Filter by task id");
        filter.setTooltip(new Tooltip("Show the log of the tasks whose id contains this text"));
        javafx.collections.transformation.FilteredList<LogEntry> filtered =
                new javafx.collections.transformation.FilteredList<>(model.rows().log());
        filtered.predicateProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> {
            String text = filter.getText() == null ? "" : filter.getText().trim();
            return entry -> text.isEmpty() || (entry.taskId() != null && entry.taskId().contains(text));
        }, filter.textProperty()));
        list.setItems(filtered);
        // a run's first rows replace the last run's: a selection kept by index would point at
        // another run's line
        model.rows().log().addListener((javafx.collections.ListChangeListener<LogEntry>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    list.getSelectionModel().clearSelection();
                    return;
                }
            }
        });
        list.setCellFactory(view -> TextCells.list(entry -> String.format("%7d ms  %-16s %s", entry.elapsedMillis(),
                        entry.taskId() == null ? "(run)" : TextDisplay.visible(entry.taskId()), entry.message()),
                entry -> switch (entry.level()) {
                    case "error" -> "problem-error";
                    case "info" -> null;
                    default -> "problem-warning";
                }));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) ->
                detail.setText(entry == null ? "" : entry.message() + (entry.detail() == null ? "" : "\n\n" + entry.detail())));
        BorderPane left = new BorderPane(list);
        left.setTop(filter);
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.6);
        return split;
    }

    private TableView<TimelineEntry> timeline() {
        TableView<TimelineEntry> table = new TableView<>();
        table.setId("timelineTable");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label("Run the workflow to see its timeline."));
        table.setItems(model.rows().timeline());
        table.getColumns().add(column("Step", TimelineEntry::step, 60));
        table.getColumns().add(column("Task", entry -> TextDisplay.visible(entry.taskId()), 180));
        table.getColumns().add(column("Branch", TimelineEntry::branch, 100));
        table.getColumns().add(column("Attempt", TimelineEntry::attempt, 70));
        table.getColumns().add(column("Outcome", TimelineEntry::outcome, 80));
        table.getColumns().add(column("Start (ms)", entry -> Decimals.fixed(entry.startMillis(), 1), 90));
        TableColumn<TimelineEntry, TimelineEntry> duration = column("Duration", entry -> entry, 260);
        duration.setCellFactory(col -> new DurationCell());
        table.getColumns().add(duration);
        CellsAhead.prepare(table, i -> new TimelineEntry(i + 1, "task" + i, "", 1, "succeeded", i, 10));
        return table;
    }

    /**
     * A duration as a bar (log scale, coloured by outcome) and its text. The bar and text are made
     * once per cell and stay its graphic (hidden in empty cells), so scrolling or a growing
     * timeline creates no nodes and never takes nodes out of the scene (see {@link TextCells}).
     */
    private static final class DurationCell extends TableCell<TimelineEntry, TimelineEntry> {
        private final Rectangle bar = new Rectangle(2, 10);
        private final javafx.scene.text.Text text = TextCells.textOf(this);
        private final HBox content = new HBox(6, bar, text);

        DurationCell() {
            content.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setGraphic(content);
            content.setVisible(false);
        }

        @Override
        protected void updateItem(TimelineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                content.setVisible(false);
                return;
            }
            bar.setWidth(Math.max(2, Math.min(160, Math.log10(1 + entry.durationMicros()) * 30)));
            bar.setFill(entry.outcome().equals("success") ? SUCCESS : entry.outcome().equals("retry") ? RETRY : ERROR);
            text.setText(format(entry.durationMicros()));
            content.setVisible(true);
        }
    }

    private static final Color SUCCESS = Color.web("#2e7d32");
    private static final Color RETRY = Color.web("#ef8f00");
    private static final Color ERROR = Color.web("#d32f2f");

    private static String format(double micros) {
        return micros < 1000 ? Decimals.fixed(micros, 0) + " µs" : Decimals.fixed(micros / 1000, 1) + " ms";
    }

    private BorderPane breakpoints() {
        BreakpointSet set = model.breakpoints();
        TableView<Breakpoint> table = new TableView<>();
        table.setId("breakpointTable");
        table.setEditable(true);
        table.setPlaceholder(new Label("No breakpoints. Press F9 on a task or click its dot."));
        Runnable refill = () -> table.getItems().setAll(set.all());
        set.addChangeListener(() -> javafx.application.Platform.runLater(refill));
        refill.run();
        TableColumn<Breakpoint, Boolean> enabled = new TableColumn<>("On");
        enabled.setCellValueFactory(cell -> {
            SimpleBooleanProperty on = new SimpleBooleanProperty(cell.getValue().enabled());
            on.addListener((obs, was, now) -> set.update(cell.getValue().withEnabled(now)));
            return on;
        });
        enabled.setCellFactory(CheckBoxTableCell.forTableColumn(enabled));
        enabled.setEditable(true);
        table.getColumns().add(enabled);
        table.getColumns().add(column("Where", Breakpoint::describe, 260));
        TableColumn<Breakpoint, String> condition = column("Condition (JEXL)", b -> b.condition() == null ? "" : b.condition(), 220);
        condition.setCellFactory(TextFieldTableCell.forTableColumn());
        condition.setOnEditCommit(edit -> set.update(edit.getRowValue().withCondition(edit.getNewValue())));
        condition.setEditable(true);
        table.getColumns().add(condition);
        TableColumn<Breakpoint, Integer> hitCount = column("Pause from hit", Breakpoint::hitCount, 110);
        hitCount.setCellFactory(TextFieldTableCell.forTableColumn(new IntegerStringConverter()));
        hitCount.setOnEditCommit(edit -> set.update(edit.getRowValue().withHitCount(
                edit.getNewValue() == null ? 0 : Math.max(0, edit.getNewValue()))));
        hitCount.setEditable(true);
        table.getColumns().add(hitCount);
        table.getColumns().add(column("Hits", b -> set.hits(b.id()), 60));
        ComboBox<BreakpointKind> kind = new ComboBox<>(FXCollections.observableArrayList(BreakpointKind.values()));
        kind.getItems().remove(BreakpointKind.TASK);
        kind.setValue(BreakpointKind.ON_FAILURE);
        kind.setId("eventBreakpointKind");
        Button addEvent = new Button("Add event breakpoint");
        addEvent.setId("addEventBreakpoint");
        addEvent.setTooltip(new Tooltip("Pause when the chosen event happens anywhere in the run"));
        addEvent.setOnAction(event -> set.add(kind.getValue(), null, null, 0));
        Button remove = new Button("Remove");
        remove.setOnAction(event -> {
            Breakpoint selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                set.remove(selected.id());
            }
        });
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        BorderPane pane = new BorderPane(table);
        pane.setTop(new HBox(8, kind, addEvent, spacer, remove));
        return pane;
    }

    private BorderPane history() {
        ListView<RunRecord> list = new ListView<>(model.history());
        list.setId("historyList");
        list.setPlaceholder(new Label("Runs of this session appear here."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RunRecord record, boolean empty) {
                super.updateItem(record, empty);
                setText(empty || record == null ? null : record.describe());
            }
        });
        Button open = new Button("Open read-only");
        open.setId("openRun");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> RunRecordWindow.show(list.getScene().getWindow(), list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.fire();
            }
        });
        BorderPane pane = new BorderPane(list);
        pane.setTop(new HBox(8, open));
        return pane;
    }
}
