package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.core.run.Questions;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.core.session.TransactionEnded;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A tab's transaction: switching autocommit (asking first how to end an open transaction),
 * Commit and Rollback. Every sentence shown is what the database confirmed, and the mode shown
 * is the one the driver reported back.
 */
final class TransactionControl {

    private final TabState tab;
    private final Failures failures;
    private final Questions questions;

    TransactionControl(TabState tab, Failures failures, Questions questions) {
        this.tab = tab;
        this.failures = failures;
        this.questions = questions;
    }

    /** Switches autocommit; with a transaction open, the user first chooses how to end it. */
    void setAutocommit(boolean on) {
        SessionStatus current = tab.status.get();
        if (current != null && current.autocommit() == on) {
            return;
        }
        if (current != null && current.hasOpenTransaction()) {
            Optional<TransactionEnd> end = questions.howToEndTransaction(
                    on ? "Turn autocommit on" : "Turn autocommit off", current);
            end.ifPresent(e -> endTransaction(() -> tab.session().setAutoCommit(on, e), error -> { }));
            return;
        }
        if (tab.session() == null || tab.operations().isBusy()) {
            return;
        }
        tab.operations().start(operation -> operation.run(() -> tab.session().setAutoCommit(on),
                s -> tab.finish(s, describeMode(s)), error -> failures.fail(operation, error)));
    }

    /** The mode as the driver reported it back, not as it was asked for. */
    private static String describeMode(SessionStatus s) {
        return s.autocommit() ? "Autocommit is on." : "Autocommit is off: changes wait for Commit.";
    }

    /**
     * Ends the open transaction as asked, then tells {@code then} null once the database
     * confirmed it, or the error the user was just shown (a commit not carried out, say).
     */
    void endTransaction(TransactionEnd how, Consumer<Throwable> then) {
        endTransaction(() -> tab.session().end(how), then);
    }

    private void endTransaction(Callable<TransactionEnded> command, Consumer<Throwable> then) {
        if (tab.session() == null || tab.operations().isBusy()) {
            String why = tab.session() == null ? "This tab is not connected." : "This tab is still running a statement.";
            tab.messages.add(Message.info(why + " The transaction was not ended; cancel or wait, then try again."));
            then.accept(new IllegalStateException(why));
            return;
        }
        tab.operations().start(operation -> operation.run(command, ended -> {
            SessionStatus before = tab.status.get();
            String mode = ended.status().autocommit() == (before == null || before.autocommit())
                    ? "" : " " + describeMode(ended.status());
            tab.finish(ended.status(), ended.sentence() + mode);
            tab.operations().whenIdle(() -> then.accept(null));
        }, error -> {
            failures.fail(operation, error);
            tab.operations().whenIdle(() -> then.accept(error));
        }));
    }
}
