package dev.sextant.ui.dialogs;

import dev.sextant.core.run.Questions.UnsavedText;
import dev.sextant.ui.common.SafeAnswer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before a tab's text that is in no file is thrown away. The answers carry the ids
 * {@code answerSave}, {@code answerDiscard} and {@code answerCancel} for robot tests.
 */
final class UnsavedTextQuestion {

    private static final ButtonType SAVE = new ButtonType("Save as file…", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    private static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private UnsavedTextQuestion() {
    }

    static UnsavedText ask(Window owner, String tabTitle) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Save the text as a .sql file, discard it, or cancel and keep the tab open.", SAVE, DISCARD, CANCEL);
        alert.setTitle("Sextant");
        alert.setHeaderText("Close tab: " + tabTitle + " has text that is not saved in a file.");
        alert.initOwner(owner);
        alert.getDialogPane().setId("question");
        alert.getDialogPane().lookupButton(SAVE).setId("answerSave");
        alert.getDialogPane().lookupButton(DISCARD).setId("answerDiscard");
        alert.getDialogPane().lookupButton(CANCEL).setId("answerCancel");
        SafeAnswer.cancelIsDefault(alert.getDialogPane());
        ButtonType answer = alert.showAndWait().orElse(CANCEL);
        return answer == SAVE ? UnsavedText.SAVE : answer == DISCARD ? UnsavedText.DISCARD : UnsavedText.CANCEL;
    }
}
