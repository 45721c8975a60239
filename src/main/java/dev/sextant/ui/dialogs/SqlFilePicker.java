package dev.sextant.ui.dialogs;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a .sql file to open or save to. The app uses a native chooser; tests supply the answer. */
public interface SqlFilePicker {

    Optional<Path> openSqlFile(Window owner);

    /** @param suggestedName the name to offer, such as the tab's title */
    Optional<Path> saveSqlFile(Window owner, String suggestedName);
}
