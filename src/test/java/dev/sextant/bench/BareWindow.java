package dev.sextant.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The least a JavaFX app can show: a Stage with a Label, the start-up benchmark's baseline.
 * Launched as Sextant's {@code Main} is, from a plain main (a main class extending Application
 * would need JavaFX on the module path).
 */
public final class BareWindow {

    static final String SHOWN = "Bare window shown";

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Sextant"), 1280, 800));
            stage.setOnShown(e -> System.out.println(SHOWN));
            stage.show();
        }
    }
}
