package dev.sextant.ui.dialogs;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a database file. The app uses a native chooser; tests supply the answer. */
@FunctionalInterface
public interface FilePicker {

    Optional<Path> pickDatabaseFile(Window owner);
}
