package dev.sextant.ui.transaction;

import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionState;
import dev.sextant.ui.editor.EditorTabViewModel;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;

/**
 * The toolbar's transaction controls, following whichever editor tab is selected: the
 * autocommit toggle shows what the driver reports, Commit and Rollback are enabled only when
 * there is something to end, and {@code txStatus} says where the transaction stands.
 */
public final class TransactionBar {

    private final ToggleButton autocommit;
    private final Button commit;
    private final Button rollback;
    private final Label status;
    private final InvalidationListener refresh = this::refresh;
    private EditorTabViewModel model;

    public TransactionBar(ToggleButton autocommit, Button commit, Button rollback, Label status) {
        this.autocommit = autocommit;
        this.commit = commit;
        this.rollback = rollback;
        this.status = status;
        autocommit.setOnAction(e -> requestAutocommit());
        commit.setOnAction(e -> model.commit());
        rollback.setOnAction(e -> model.rollback());
        refresh(null);
    }

    /** Follows another tab (or none). */
    public void follow(EditorTabViewModel next) {
        if (model != null) {
            model.statusProperty().removeListener(refresh);
            model.busyProperty().removeListener(refresh);
            model.connectedProperty().removeListener(refresh);
        }
        model = next;
        if (model != null) {
            model.statusProperty().addListener(refresh);
            model.busyProperty().addListener(refresh);
            model.connectedProperty().addListener(refresh);
        }
        refresh(null);
    }

    private void requestAutocommit() {
        boolean wanted = autocommit.isSelected();
        // Show the real mode until the driver confirms the change.
        refresh(null);
        if (model != null) {
            model.setAutocommit(wanted);
        }
    }

    private void refresh(Observable ignored) {
        SessionStatus s = model == null ? null : model.statusProperty().get();
        boolean usable = model != null && model.connectedProperty().get() && !model.busyProperty().get() && s != null;
        autocommit.setSelected(s == null || s.autocommit());
        autocommit.setDisable(!usable);
        commit.setDisable(!usable || !s.hasOpenTransaction());
        rollback.setDisable(!usable || !s.hasOpenTransaction());
        status.setText(describe(s));
        status.getStyleClass().removeAll("tx-idle", "tx-open", "tx-failed");
        status.getStyleClass().add(s == null || s.transaction() == TransactionState.IDLE ? "tx-idle"
                : s.transaction() == TransactionState.FAILED ? "tx-failed" : "tx-open");
    }

    /** The indicator's text: it starts with Idle, In transaction or Failed. */
    public static String describe(SessionStatus s) {
        if (s == null) {
            return "Idle · not connected";
        }
        return switch (s.transaction()) {
            case IDLE -> s.autocommit() ? "Idle · autocommit" : "Idle · changes wait for Commit";
            case IN_TRANSACTION -> "In transaction · " + count(s.statements(), "statement") + ", "
                    + count(s.rowsChanged(), "row") + " changed";
            case FAILED -> "Failed · roll back to continue";
        };
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
