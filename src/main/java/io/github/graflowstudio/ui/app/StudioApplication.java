package io.github.graflowstudio.ui.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. Runs on the FX thread only. */
public final class StudioApplication extends Application {

    /** Starts JavaFX with the given arguments. */
    public static void launchApp(String[] args) {
        Application.launch(StudioApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Graflow Studio");
        stage.setScene(new Scene(new BorderPane(new Label("Graflow Studio")), 1100, 720));
        stage.show();
    }
}
