package dev.sextant.ui.transaction;

import dev.sextant.core.session.Dialect;
import java.util.List;
import java.util.Optional;

import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionState;
import dev.sextant.ui.editor.EditorTabViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * The toolbar's transaction controls, following whichever editor tab is selected: the
 * autocommit toggle shows what the driver reports, Commit and Rollback are enabled only when
 * there is something to end, and {@code txStatus} says where the transaction stands, or, with
 * a spinner and the seconds ticking, that work is running.
 */
public final class TransactionBar {

    private static final String COMMIT_TIP = "Make this tab's changes permanent and visible to others.";
    private static final String FAILED_TIP =
            "The transaction failed: nothing in it can be committed. Only Rollback (or ROLLBACK TO SAVEPOINT) can continue.";
    /** Work shorter than this never shows Running, so a quick query does not make the bar flicker. */
    private static final Duration CALM = Duration.millis(250);
    private static final double SPINNER = 14;

    private final ToggleButton autocommit;
    private final Button commit;
    private final Button rollback;
    private final Label status;
    private final Tooltip details = new Tooltip();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final InvalidationListener refresh = this::refresh;
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> showState()));
    private final PauseTransition calm = new PauseTransition(CALM);
    private final PendingCommitPanel pending = new PendingCommitPanel(dev.sextant.ui.results.WrittenRowsResult::open);
    private EditorTabViewModel model;

    public TransactionBar(ToggleButton autocommit, Button commit, Button rollback, Label status) {
        this.autocommit = autocommit;
        this.commit = commit;
        this.rollback = rollback;
        this.status = status;
        ticker.setCycleCount(Animation.INDEFINITE);
        calm.setOnFinished(e -> showState());
        spinner.setPrefSize(SPINNER, SPINNER);
        spinner.setMaxSize(SPINNER, SPINNER);
        spinner.setFocusTraversable(false);
        status.setTooltip(details);
        status.fontProperty().addListener((obs, old, font) -> fitWidth());
        status.insetsProperty().addListener((obs, old, insets) -> fitWidth());
        fitWidth();
        autocommit.setOnAction(e -> requestAutocommit());
        // The indicator opens "what will Commit change": per table, the rows the open transaction wrote.
        status.setOnMouseClicked(e -> pending.toggle(status));
        status.setCursor(javafx.scene.Cursor.HAND);
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
        pending.follow(next);
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
        boolean busy = model != null && model.busyProperty().get();
        boolean usable = model != null && model.connectedProperty().get() && !busy && s != null;
        autocommit.setSelected(s == null || s.autocommit());
        autocommit.setDisable(!usable);
        if (withoutTransactions().isPresent()) {
            showWithoutTransactions(withoutTransactions().get());
            return;
        }
        restoreTooltips();
        // A failed transaction cannot be committed: PostgreSQL would answer COMMIT with ROLLBACK.
        boolean failed = s != null && s.transaction() == TransactionState.FAILED;
        commit.setDisable(!usable || !s.hasOpenTransaction() || failed);
        commit.getTooltip().setText(failed ? FAILED_TIP : COMMIT_TIP);
        rollback.setDisable(!usable || !s.hasOpenTransaction());
        showState();
        calm.stop();
        if (busy) {
            long elapsed = Math.max(0, System.currentTimeMillis() - model.busySinceMillis());
            if (elapsed < CALM.toMillis()) {
                calm.playFrom(Duration.millis(elapsed));
            }
            // Tick when the elapsed time passes a whole second, whichever tab was selected when it began.
            ticker.stop();
            ticker.playFrom(Duration.millis(elapsed % 1000));
        } else if (s != null && s.hasOpenTransaction()) {
            ticker.play(); // the tooltip's age goes on
        } else {
            ticker.stop();
        }
    }

    /** Why the selected tab's engine has no transactions, or empty (asked of the engine, never which one it is). */
    private Optional<String> withoutTransactions() {
        return model == null ? Optional.empty() : Dialect.of(model.endpoint().spec().engine()).withoutTransactions();
    }

    /** Autocommit, Commit and Rollback off, each saying why; the indicator says there are none, or that work runs. */
    private void showWithoutTransactions(String why) {
        autocommit.setSelected(true);
        for (javafx.scene.control.Control control : List.of(autocommit, commit, rollback)) {
            control.setDisable(true);
            keepTooltip(control).setText(why);
        }
        showState();
        calm.stop();
        ticker.stop();
        if (runningMillis() < 0 && model.connectedProperty().get()) {
            status.setText(TransactionStatusText.withoutTransactions(
                    Dialect.of(model.endpoint().spec().engine()).languageName()));
            details.setText(why);
        }
    }

    private final java.util.Map<javafx.scene.control.Control, String> ownTips = new java.util.HashMap<>();

    /** The control's tooltip, its own text kept to put back when a tab with transactions is selected. */
    private Tooltip keepTooltip(javafx.scene.control.Control control) {
        if (control.getTooltip() == null) {
            control.setTooltip(new Tooltip());
        }
        ownTips.putIfAbsent(control, control.getTooltip().getText());
        return control.getTooltip();
    }

    private void restoreTooltips() {
        ownTips.forEach((control, text) -> control.getTooltip().setText(text));
        ownTips.clear();
    }

    /** How long the selected tab's work has run, -1 when none runs (or it is too short to mention yet). */
    private long runningMillis() {
        if (model == null || !model.busyProperty().get()) {
            return -1;
        }
        long elapsed = System.currentTimeMillis() - model.busySinceMillis();
        return elapsed < CALM.toMillis() ? -1 : elapsed;
    }

    private void showState() {
        SessionStatus s = model == null ? null : model.statusProperty().get();
        boolean connected = model != null && model.connectedProperty().get();
        long running = runningMillis();
        status.setText(TransactionStatusText.shortText(s, connected, running));
        details.setText(TransactionStatusText.details(s, connected, running, System.currentTimeMillis())
                + "\nClick to see what Commit will change.");
        status.setGraphic(running >= 0 ? spinner : null);
        status.getStyleClass().removeAll("tx-idle", "tx-open", "tx-failed", "tx-running");
        status.getStyleClass().add(running >= 0 ? "tx-running"
                : s == null || s.transaction() == TransactionState.IDLE ? "tx-idle"
                : s.transaction() == TransactionState.FAILED ? "tx-failed" : "tx-open");
    }

    /** One width for every state, the longest one's, so nothing after it moves. */
    private void fitWidth() {
        double widest = width(TransactionStatusText.LONGEST_RUNNING) + SPINNER + status.getGraphicTextGap();
        for (String text : TransactionStatusText.LONGEST) {
            widest = Math.max(widest, width(text));
        }
        double width = Math.ceil(widest + status.getInsets().getLeft() + status.getInsets().getRight()) + 2;
        status.setMinWidth(width);
        status.setPrefWidth(width);
        status.setMaxWidth(width);
    }

    private double width(String text) {
        Text measure = new Text(text);
        measure.setFont(status.getFont());
        return measure.getLayoutBounds().getWidth();
    }
}
