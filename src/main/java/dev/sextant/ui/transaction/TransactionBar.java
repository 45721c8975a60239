package dev.sextant.ui.transaction;

import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionState;
import dev.sextant.ui.editor.EditorTabViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.util.Duration;

/**
 * The toolbar's transaction controls, following whichever editor tab is selected: the
 * autocommit toggle shows what the driver reports, Commit and Rollback are enabled only when
 * there is something to end, and {@code txStatus} says where the transaction stands.
 */
public final class TransactionBar {

    private static final String COMMIT_TIP = "Make this tab's changes permanent and visible to others.";
    private static final String FAILED_TIP =
            "The transaction failed: nothing in it can be committed. Only Rollback (or ROLLBACK TO SAVEPOINT) can continue.";

    private final ToggleButton autocommit;
    private final Button commit;
    private final Button rollback;
    private final Label status;
    private final InvalidationListener refresh = this::refresh;
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> showState()));
    private EditorTabViewModel model;

    public TransactionBar(ToggleButton autocommit, Button commit, Button rollback, Label status) {
        this.autocommit = autocommit;
        this.commit = commit;
        this.rollback = rollback;
        this.status = status;
        ticker.setCycleCount(Animation.INDEFINITE);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(status.textProperty()); // the label may be cut short on a narrow window
        status.setTooltip(whole);
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
        // A failed transaction cannot be committed: PostgreSQL would answer COMMIT with ROLLBACK.
        boolean failed = s != null && s.transaction() == TransactionState.FAILED;
        commit.setDisable(!usable || !s.hasOpenTransaction() || failed);
        commit.getTooltip().setText(failed ? FAILED_TIP : COMMIT_TIP);
        rollback.setDisable(!usable || !s.hasOpenTransaction());
        showState();
        if (s != null && s.hasOpenTransaction()) {
            ticker.play();
        } else {
            ticker.stop();
        }
    }

    private void showState() {
        SessionStatus s = model == null ? null : model.statusProperty().get();
        boolean connected = model != null && model.connectedProperty().get();
        status.setText(describe(s, connected, System.currentTimeMillis()));
        status.getStyleClass().removeAll("tx-idle", "tx-open", "tx-failed");
        status.getStyleClass().add(s == null || s.transaction() == TransactionState.IDLE ? "tx-idle"
                : s.transaction() == TransactionState.FAILED ? "tx-failed" : "tx-open");
    }

    /** The indicator's text: it starts with Idle, In transaction or Failed. */
    public static String describe(SessionStatus s, boolean connected, long nowMillis) {
        if (s == null) {
            return connected ? "Idle" : "Idle · not connected";
        }
        if (s.readingResults()) {
            return "In transaction · reading a result";
        }
        return switch (s.transaction()) {
            case IDLE -> s.autocommit() ? "Idle · autocommit" : "Idle · changes wait for Commit";
            case IN_TRANSACTION -> "In transaction · " + age(nowMillis - s.startedAtMillis()) + " · "
                    + count(s.statements(), "statement") + ", " + count(s.rowsChanged(), "row") + " changed";
            case FAILED -> "Failed · only Rollback can continue";
        };
    }

    static String age(long millis) {
        long seconds = Math.max(0, millis / 1000);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
