package io.github.graflowstudio.ui.app;

import io.github.graflowstudio.ui.editor.AutoLayoutViewModel;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * The status bar's "Laying out…" part: progress and a cancel link, shown only while an
 * auto-layout runs. Its controls are made when the first layout starts, so that the main window
 * does not style a progress bar and a link nobody sees at start-up. FX thread only.
 */
final class LayoutStatus extends HBox {
    private final AutoLayoutViewModel layout;

    /** The status of {@code layout}'s runs. */
    LayoutStatus(AutoLayoutViewModel layout) {
        super(6);
        this.layout = layout;
        visibleProperty().bind(layout.runningProperty());
        managedProperty().bind(layout.runningProperty());
        if (layout.runningProperty().get()) {
            build();
        } else {
            layout.runningProperty().addListener(new ChangeListener<Boolean>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> running, Boolean was, Boolean now) {
                    if (now) {
                        running.removeListener(this);
                        build();
                    }
                }
            });
        }
    }

    private void build() {
        ProgressBar progress = new ProgressBar();
        progress.setId("layoutProgress");
        progress.progressProperty().bind(layout.progressProperty());
        Hyperlink cancel = new Hyperlink("Cancel layout");
        cancel.setOnAction(event -> layout.cancel());
        getChildren().setAll(new Label("Laying out…"), progress, cancel);
    }
}
