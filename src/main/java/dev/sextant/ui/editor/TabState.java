package dev.sextant.ui.editor;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.run.Message;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.RunOptions;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionState;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.ui.results.ResultSheet;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the parts of one editor tab's view model share: the connection it runs on, its session,
 * the transaction state as last read back, and what the user reads (messages, results, the
 * summary line). The parts change it on the FX thread; the session is also read on the tab's thread.
 */
final class TabState {

    /** Changes when a script's {@code \\c} moves the tab to another database. */
    private volatile Endpoint endpoint;
    private volatile EditorSession session;
    private final BackgroundRunner runner;
    private final SessionOperations operations;
    private final RunOptions options;

    final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    final ReadOnlyObjectWrapper<SessionStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    final ObservableList<Message> messages = FXCollections.observableArrayList();
    final ObservableList<ResultSheet> results = FXCollections.observableArrayList();

    /** @param runner runs the tab's session work, one piece at a time, in order */
    TabState(Endpoint endpoint, BackgroundRunner runner, RunOptions options) {
        this.endpoint = endpoint;
        this.runner = runner;
        this.operations = new SessionOperations(runner);
        this.options = options;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    String connectionName() {
        return endpoint.spec().displayName();
    }

    /** The open session, or null before connecting and after closing. */
    EditorSession session() {
        return session;
    }

    void setSession(EditorSession opened) {
        session = opened;
    }

    /** A script's {@code \\c} moved the tab: the rest of it, and the tab, run on {@code moved}. */
    void moveTo(EditorSession moved, Endpoint where) {
        session = moved;
        endpoint = where;
    }

    /** The tab's operations on its session: what makes it busy. */
    SessionOperations operations() {
        return operations;
    }

    /** The tab's thread, for work that is not an operation of its own (reading the state back, closing an old session). */
    BackgroundRunner runner() {
        return runner;
    }

    RunOptions options() {
        return options;
    }

    boolean hasOpenTransaction() {
        SessionStatus s = status.get();
        return s != null && s.hasOpenTransaction();
    }

    /** The state the server reported after an operation, and the sentence that says what it did. */
    void finish(SessionStatus newStatus, String text) {
        status.set(newStatus);
        messages.add(Message.info(text));
    }

    /** Reads the session's state back, so the indicator never shows what was merely assumed. */
    void refreshStatus() {
        EditorSession current = session;
        if (current != null) {
            runner.run(current::status, this::showStatus, e -> messages.add(Message.error(
                    "Could not read the transaction state back; the indicator may be out of date.",
                    PlainError.of(e).detail())));
        }
    }

    /** Shows a state read back; a transaction that has just failed says what can still be done. */
    void showStatus(SessionStatus s) {
        SessionStatus before = status.get();
        if (s.transaction() == TransactionState.FAILED && (before == null || before.transaction() != TransactionState.FAILED)) {
            messages.add(Message.info("The transaction failed: only Rollback (or ROLLBACK TO SAVEPOINT) can continue."));
        }
        status.set(s);
    }
}
