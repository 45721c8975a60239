package dev.sextant.ui.editor;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.QueryResult;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.task.BackgroundRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The state and commands of one editor tab: its own session, what the last run produced, and
 * the transaction state read back after every operation. All database work goes through the
 * tab's runner, one operation at a time; results arrive back on the caller's (FX) thread.
 */
public final class EditorTabViewModel {

    private final Endpoint endpoint;
    private final BackgroundRunner runner;
    private final BackgroundRunner sideRunner;
    private volatile SqlSession session;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyObjectWrapper<SessionStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<Message> messages = FXCollections.observableArrayList();
    private final ObservableList<ResultSheet> results = FXCollections.observableArrayList();
    private int resultCounter;

    /**
     * @param runner     runs this tab's session work, one operation at a time
     * @param sideRunner runs requests that must not queue behind a running statement (cancel)
     */
    public EditorTabViewModel(Endpoint endpoint, BackgroundRunner runner, BackgroundRunner sideRunner) {
        this.endpoint = endpoint;
        this.runner = runner;
        this.sideRunner = sideRunner;
    }

    public String connectionName() {
        return endpoint.spec().displayName();
    }

    /** Opens the tab's own connection in the background. */
    public void connect() {
        busy.set(true);
        runner.run(() -> {
            SqlSession opened = SqlSession.open(endpoint);
            session = opened;
            return opened.status();
        }, s -> {
            connected.set(true);
            finish(s, "Connected to " + connectionName() + ".");
        }, this::fail);
    }

    /** Takes a session that was already opened (and so checked) by the caller. */
    public void adopt(SqlSession opened) {
        session = opened;
        connected.set(true);
        refreshStatus();
    }

    /** Runs statements one after another; each one's outcomes appear as soon as it finishes. */
    public void run(List<SqlStatement> statements) {
        if (session == null || busy.get() || statements.isEmpty()) {
            return;
        }
        messages.clear();
        results.clear();
        resultCounter = 0;
        busy.set(true);
        runFrom(statements, 0, System.nanoTime(), 0);
    }

    private void runFrom(List<SqlStatement> statements, int index, long startNanos, long rowsShown) {
        SqlStatement statement = statements.get(index);
        runner.run(() -> new StatementRun(session.execute(statement.sql()), session.status()), done -> {
            long rows = rowsShown + show(done.outcomes());
            status.set(done.status());
            if (index + 1 < statements.size()) {
                runFrom(statements, index + 1, startNanos, rows);
            } else {
                busy.set(false);
                summary.set(rowsSummary(rows, statements.size(), startNanos));
            }
        }, this::fail);
    }

    private record StatementRun(List<Outcome> outcomes, SessionStatus status) {
    }

    private long show(List<Outcome> outcomes) {
        long rows = 0;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Rows r) {
                rows += r.result().rows().size();
                results.add(new ResultSheet(sheetTitle(r.result()), r.result()));
                int shown = r.result().rows().size();
                messages.add(Message.info(r.result().more()
                        ? r.command() + ": showing the first " + shown + " rows; the query has more."
                        : r.command() + ": " + shown + (shown == 1 ? " row" : " rows")));
            } else if (outcome instanceof Outcome.UpdateCount u) {
                messages.add(Message.info(u.describe()));
            } else if (outcome instanceof Outcome.Done d) {
                messages.add(Message.info(d.command() + ": done"));
            } else if (outcome instanceof Outcome.Notice n) {
                messages.add(Message.notice(n.text()));
            }
        }
        return rows;
    }

    private String sheetTitle(QueryResult result) {
        resultCounter++;
        return "Result " + resultCounter + " (" + result.rows().size() + (result.more() ? "+" : "") + ")";
    }

    private String rowsSummary(long rows, int statementCount, long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        String what = statementCount == 1 ? "" : statementCount + " statements, ";
        return connectionName() + " · " + what + rows + (rows == 1 ? " row" : " rows") + " · " + millis + " ms";
    }

    /** Asks the server to stop the running statement, from a thread that is not queued behind it. */
    public void cancel() {
        SqlSession current = session;
        if (current != null && busy.get()) {
            sideRunner.run(() -> {
                current.cancel();
                return null;
            }, ignored -> { }, this::fail);
        }
    }

    /** Turns autocommit on or off; the indicator follows what the driver then reports. */
    public void setAutocommit(boolean on) {
        sessionCommand(() -> session.setAutoCommit(on), on ? "Autocommit is on." : "Autocommit is off: changes wait for Commit.");
    }

    public void commit() {
        sessionCommand(() -> session.commit(), "Committed.");
    }

    public void rollback() {
        sessionCommand(() -> session.rollback(), "Rolled back.");
    }

    private void sessionCommand(Callable<SessionStatus> command, String doneText) {
        if (session == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(command, s -> finish(s, doneText), this::fail);
    }

    private void finish(SessionStatus newStatus, String text) {
        status.set(newStatus);
        messages.add(Message.info(text));
        busy.set(false);
    }

    private void fail(Throwable error) {
        PlainError plain = PlainError.of(error);
        messages.add(Message.error(plain.sentence(), plain.detail()));
        summary.set(connectionName() + " · " + plain.sentence());
        busy.set(false);
        refreshStatus();
    }

    /** Reads the session's state back, so the indicator never shows what was merely assumed. */
    private void refreshStatus() {
        SqlSession current = session;
        if (current != null) {
            runner.run(current::status, status::set, e -> { });
        } else {
            // Also the initial state's way back to the UI: without a session there is no transaction.
            status.set(null);
        }
    }

    /** Closes the session, rolling back anything uncommitted, and hands back when done. */
    public void close(Consumer<Throwable> whenClosed) {
        SqlSession current = session;
        session = null;
        connected.set(false);
        if (current == null) {
            whenClosed.accept(null);
            return;
        }
        runner.run(() -> {
            current.close();
            return null;
        }, ignored -> whenClosed.accept(null), whenClosed);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<Message> messages() {
        return messages;
    }

    public ObservableList<ResultSheet> results() {
        return results;
    }

    /** Whether the tab's session is open (for tests that wait on the background work). */
    public boolean isConnected() {
        return connected.get();
    }
}
