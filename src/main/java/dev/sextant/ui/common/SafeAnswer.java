package dev.sextant.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * Makes the safe answer of a question the one Enter presses: Cancel, which changes nothing.
 * JavaFX would otherwise make the first "yes" answer (Commit, Drop, Run) the default button,
 * so a stray Enter would commit or drop.
 */
public final class SafeAnswer {

    private SafeAnswer() {
    }

    /** Cancel (the pane's cancel-close button) becomes the default; no other button is. */
    public static void cancelIsDefault(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof Button button) {
                boolean cancel = type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE;
                button.setDefaultButton(cancel);
            }
        }
    }
}
