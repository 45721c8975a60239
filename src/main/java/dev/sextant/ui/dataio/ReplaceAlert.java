package dev.sextant.ui.dataio;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.function.Supplier;

/** Asks with a dialog whether to replace a file; Keep is the default answer. */
final class ReplaceAlert implements ReplaceQuestion {

    private final Supplier<Window> owner;

    /** @param owner the export dialog, over which the question shows */
    ReplaceAlert(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean replace(Path file) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, keep);
        alert.initOwner(owner.get());
        alert.setTitle("Replace file");
        alert.setHeaderText(file.getFileName() + " exists. Replace it?");
        alert.setContentText("It stays as it is until the new file is complete.");
        alert.getDialogPane().setId("question");
        alert.getDialogPane().lookupButton(replace).setId("replaceAnswer");
        alert.getDialogPane().lookupButton(keep).setId("keepAnswer");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }
}
