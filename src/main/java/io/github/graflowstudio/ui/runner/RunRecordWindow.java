package io.github.graflowstudio.ui.runner;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A finished run of the session, reopened read-only: its timeline, log, final queue and channel. FX thread only. */
final class RunRecordWindow {
    private RunRecordWindow() {
    }

    static Stage show(Window owner, RunRecord record) {
        TableView<TimelineEntry> timeline = new TableView<>(FXCollections.observableArrayList(record.timeline()));
        timeline.getColumns().add(column("Step", e -> String.valueOf(e.step())));
        timeline.getColumns().add(column("Task", TimelineEntry::taskId));
        timeline.getColumns().add(column("Outcome", TimelineEntry::outcome));
        timeline.getColumns().add(column("Attempt", e -> String.valueOf(e.attempt())));
        ListView<String> log = new ListView<>(FXCollections.observableArrayList(record.log().stream()
                .map(e -> e.elapsedMillis() + " ms  " + (e.taskId() == null ? "(run)" : e.taskId()) + "  " + e.message())
                .toList()));
        TableView<QueueRow> queue = new TableView<>(FXCollections.observableArrayList(record.queue()));
        queue.getColumns().add(column("#", row -> String.valueOf(row.position())));
        queue.getColumns().add(column("Task", QueueRow::taskId));
        queue.getColumns().add(column("Status", QueueRow::status));
        TableView<ChannelRow> channel = new TableView<>(FXCollections.observableArrayList(record.channel()));
        channel.getColumns().add(column("Key", ChannelRow::key));
        channel.getColumns().add(column("Value", ChannelRow::value));
        TabPane tabs = new TabPane(new Tab("Timeline", timeline), new Tab("Log", log), new Tab("Final queue", queue),
                new Tab("Final channel", channel));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Run " + record.describe() + " (read-only)");
        stage.setScene(new Scene(tabs, 760, 480));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
        return stage;
    }

    private static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(160);
        return column;
    }
}
