package dev.sextant.ui.dialogs;

import dev.sextant.core.run.Questions.UnsavedEdits;
import dev.sextant.ui.common.SafeAnswer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks, for {@link DialogQuestions}, before grid edits that were never saved are thrown away
 * (closing a tab, quitting, running again). Cancel is the default. The answers carry the ids
 * {@code answerSaveEdits}, {@code answerDiscardEdits} and {@code answerCancel} for robot tests.
 */
final class UnsavedEditsQuestion {

    private static final ButtonType SAVE = new ButtonType("Save changes", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    private static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private UnsavedEditsQuestion() {
    }

    /** @param action what the user is doing and what is pending, e.g. "Close tab: 3 changes pending in the grid." */
    static UnsavedEdits ask(Window owner, String action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Save the grid's changes to the database, discard them, or cancel and keep editing.", SAVE, DISCARD, CANCEL);
        alert.setTitle("Sextant");
        alert.setHeaderText(action);
        alert.initOwner(owner);
        alert.getDialogPane().setId("question");
        alert.getDialogPane().lookupButton(SAVE).setId("answerSaveEdits");
        alert.getDialogPane().lookupButton(DISCARD).setId("answerDiscardEdits");
        alert.getDialogPane().lookupButton(CANCEL).setId("answerCancel");
        SafeAnswer.cancelIsDefault(alert.getDialogPane());
        ButtonType answer = alert.showAndWait().orElse(CANCEL);
        return answer == SAVE ? UnsavedEdits.SAVE : answer == DISCARD ? UnsavedEdits.DISCARD : UnsavedEdits.CANCEL;
    }
}
