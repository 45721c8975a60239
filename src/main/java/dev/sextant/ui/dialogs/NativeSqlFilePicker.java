package dev.sextant.ui.dialogs;

import dev.sextant.ui.dialogs.SqlFilePicker;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The platform's file chooser, for .sql files. */
public final class NativeSqlFilePicker implements SqlFilePicker {

    private File lastDirectory;

    @Override
    public Optional<Path> openSqlFile(Window owner) {
        FileChooser chooser = chooser("Open a SQL file");
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> saveSqlFile(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Save as a SQL file");
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("SQL files", "*.sql"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastDirectory = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}
