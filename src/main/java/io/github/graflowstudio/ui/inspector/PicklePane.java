package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.pickle.PickleGlobal;
import io.github.graflowstudio.checkpoint.pickle.PickleInstruction;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The pickle tab: a chooser of the set's pickles (the {@code .pkl}, legacy payloads), the walk's
 * verdict and problem, a virtualised opcode listing paged from the view model, and the globals the
 * pickle names with their risk (unsafe ones highlighted). Nothing is loaded: only walked. FX
 * thread only.
 */
final class PicklePane extends BorderPane {

    PicklePane(PickleViewModel model) {
        ComboBox<PickleViewModel.Source> source = new ComboBox<>(model.sources());
        source.setId("pickleSource");
        source.valueProperty().bindBidirectional(model.selectedProperty());
        Label verdict = new Label();
        verdict.setId("pickleVerdict");
        verdict.textProperty().bind(model.verdictProperty());
        verdict.setWrapText(true);
        Label problem = new Label();
        problem.setId("pickleProblem");
        problem.textProperty().bind(model.problemProperty().map(text -> "Pickle error: " + text));
        problem.getStyleClass().add("problem-error");
        problem.setWrapText(true);
        problem.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        Button previous = new Button("", new FontIcon("mdi2c-chevron-left"));
        previous.setId("picklePrevious");
        previous.setTooltip(new Tooltip("Previous " + PickleViewModel.PAGE_SIZE + " opcodes"));
        previous.setOnAction(event -> model.previousPage());
        Button next = new Button("", new FontIcon("mdi2c-chevron-right"));
        next.setId("pickleNext");
        next.setTooltip(new Tooltip("Next " + PickleViewModel.PAGE_SIZE + " opcodes"));
        next.setOnAction(event -> model.nextPage());
        Label page = new Label();
        page.textProperty().bind(model.pageTextProperty());
        HBox bar = new HBox(8, new Label("Pickle:"), source, previous, next, page);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar, verdict, problem);
        top.setPadding(new Insets(4, 6, 4, 6));
        setTop(top);

        SplitPane split = new SplitPane(listing(model), globals(model));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        setCenter(split);
    }

    private static TableView<PickleInstruction> listing(PickleViewModel model) {
        TableView<PickleInstruction> table = new TableView<>(model.instructions());
        table.setId("pickleListing");
        table.setPlaceholder(SeverityCells.placeholder("No opcodes."));
        table.getColumns().setAll(java.util.List.of(
                SeverityCells.column("#", "colOpIndex", PickleInstruction::index,
                        row -> String.valueOf(row.index()), 70),
                SeverityCells.column("Offset", "colOpOffset", PickleInstruction::offset,
                        row -> String.format(Locale.ROOT, "0x%06x", row.offset()), 90),
                SeverityCells.column("Opcode", "colOpcode", row -> row.opcode().name(), row -> row.opcode().name(),
                        140),
                SeverityCells.column("Argument", "colOpArgument", PickleInstruction::argument,
                        PickleInstruction::argument, 360)));
        table.getStyleClass().add("mono-table");
        return table;
    }

    private static TableView<PickleGlobal> globals(PickleViewModel model) {
        TableView<PickleGlobal> table = new TableView<>(model.globals());
        table.setId("pickleGlobals");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(SeverityCells.placeholder("The pickle names no globals."));
        table.getColumns().setAll(java.util.List.of(
                SeverityCells.column("Global", "colGlobal", PickleGlobal::qualifiedName, PickleGlobal::qualifiedName,
                        220),
                SeverityCells.column("Count", "colGlobalCount", PickleGlobal::count,
                        row -> String.valueOf(row.count()), 60),
                SeverityCells.column("Risk if loaded", "colGlobalRisk", PickleGlobal::unsafe,
                        row -> row.unsafe() ? "UNSAFE: " + row.unsafeReason() : "", 240)));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PickleGlobal global, boolean empty) {
                super.updateItem(global, empty);
                getStyleClass().remove("pickle-unsafe");
                setGraphic(null);
                if (!empty && global != null && global.unsafe()) {
                    getStyleClass().add("pickle-unsafe");
                }
            }
        });
        return table;
    }
}
