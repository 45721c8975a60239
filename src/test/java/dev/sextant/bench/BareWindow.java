package dev.sextant.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The least a JavaFX app can show: a Stage with a Label, the start-up benchmark's baseline. */
public final class BareWindow extends Application {

    static final String SHOWN = "Bare window shown";

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Sextant"), 1280, 800));
        stage.setOnShown(e -> System.out.println(SHOWN));
        stage.show();
    }
}
