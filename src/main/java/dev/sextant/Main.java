package dev.sextant;

import dev.sextant.ui.app.SextantApp;
import javafx.application.Application;

/**
 * Entry point for {@code java -cp} and the jpackage launcher. A plain main that does not extend
 * {@link Application}, so JavaFX on the class path starts without module flags.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(SextantApp.class, args);
    }
}
