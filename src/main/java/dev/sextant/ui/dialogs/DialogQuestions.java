package dev.sextant.ui.dialogs;

import dev.sextant.core.run.Questions;
import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.core.session.TransactionState;
import dev.sextant.core.text.Wording;
import dev.sextant.ui.common.SafeAnswer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks with modal dialogs. Each answer button carries an id ({@code answerCommit},
 * {@code answerRollback}, {@code answerCancel}, {@code answerRun}) so robot tests can press it.
 */
public final class DialogQuestions implements Questions {

    static final ButtonType COMMIT = new ButtonType("Commit", ButtonBar.ButtonData.YES);
    static final ButtonType ROLLBACK = new ButtonType("Roll back", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);

    private final Supplier<Window> owner;

    public DialogQuestions(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<TransactionEnd> howToEndTransaction(String action, SessionStatus status) {
        String header = action + ": this tab has an open transaction.";
        if (status.transaction() == TransactionState.FAILED) {
            // Nothing in a failed transaction can be committed: offering Commit would be a lie.
            return ask(action + ": this tab's transaction failed.", "Nothing in it can be committed. Roll it back, "
                    + "or cancel and keep working (ROLLBACK TO SAVEPOINT can still keep part of it).", ROLLBACK, CANCEL)
                    == ROLLBACK ? Optional.of(TransactionEnd.ROLLBACK) : Optional.empty();
        }
        String text = "It holds " + Wording.count(status.statements(), "statement")
                + " and " + Wording.count(status.rowsChanged(), "changed row")
                + " that nobody else can see yet. Commit them, roll them back, or cancel and keep working.";
        return answerOf(ask(header, text, COMMIT, ROLLBACK, CANCEL));
    }

    @Override
    public UnsavedText whatToDoWithUnsavedText(String tabTitle) {
        return UnsavedTextQuestion.ask(owner.get(), tabTitle);
    }

    @Override
    public UnsavedEdits whatToDoWithUnsavedEdits(String action) {
        return UnsavedEditsQuestion.ask(owner.get(), action);
    }

    @Override
    public Optional<TransactionEnd> howToEndTransactions(int tabs) {
        return answerOf(ask("Quit: " + Wording.count(tabs, "tab") + " " + Wording.verb(tabs, "has", "have") + " an open transaction.",
                "Commit all of them, roll all of them back, or cancel and keep working. "
                        + "If a commit is not carried out, Sextant stays open on that tab.", COMMIT, ROLLBACK, CANCEL));
    }

    private static Optional<TransactionEnd> answerOf(ButtonType answer) {
        if (answer == COMMIT) {
            return Optional.of(TransactionEnd.COMMIT);
        }
        return answer == ROLLBACK ? Optional.of(TransactionEnd.ROLLBACK) : Optional.empty();
    }

    @Override
    public boolean runOnSeparateConnection(String command) {
        return ask(command + " cannot run inside a transaction block.",
                "Run it on a separate connection in autocommit? This tab's open transaction stays exactly as it is.",
                RUN, CANCEL) == RUN;
    }

    @Override
    public boolean confirmEveryRow(String command, String table, long rows) {
        return ask(command + " without WHERE: it will change all " + Wording.count(rows, "row")
                        + " of " + table + ".",
                "Run it anyway?", RUN, CANCEL) == RUN;
    }

    @Override
    public Optional<List<BoundValue>> valuesFor(List<String> placeholderNames) {
        return new ParameterDialog(placeholderNames).ask(owner.get());
    }

    private ButtonType ask(String header, String text, ButtonType... answers) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, answers);
        alert.setTitle("Sextant");
        alert.setHeaderText(header);
        alert.initOwner(owner.get());
        alert.getDialogPane().setId("question");
        for (ButtonType answer : answers) {
            alert.getDialogPane().lookupButton(answer).setId(idOf(answer));
        }
        SafeAnswer.cancelIsDefault(alert.getDialogPane());
        return alert.showAndWait().orElse(CANCEL);
    }

    private static String idOf(ButtonType answer) {
        if (answer == COMMIT) {
            return "answerCommit";
        }
        if (answer == ROLLBACK) {
            return "answerRollback";
        }
        return answer == RUN ? "answerRun" : "answerCancel";
    }
}
