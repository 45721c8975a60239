package dev.sextant.ui.editor;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.session.ConnectionLostException;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.core.session.TransactionState;
import dev.sextant.core.sql.ErrorPosition;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.core.text.Wording;
import dev.sextant.ui.transaction.Questions;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
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
    private final Questions questions;
    private volatile SqlSession session;
    private boolean rollbackFailedStatementOnly;
    private boolean continueAfterError;
    private StatementLog statementLog = StatementLog.NONE;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyObjectWrapper<SessionStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper errorOffset = new ReadOnlyIntegerWrapper(this, "errorOffset", -1);
    private final ObservableList<Message> messages = FXCollections.observableArrayList();
    private final ObservableList<ResultSheet> results = FXCollections.observableArrayList();
    private long busySince;

    {
        busy.addListener((obs, was, now) -> busySince = now ? System.currentTimeMillis() : 0);
    }

    /**
     * @param runner     runs this tab's session work, one operation at a time
     * @param sideRunner runs requests that must not queue behind a running statement (cancel)
     * @param questions  asks the user where Sextant must not decide alone
     */
    public EditorTabViewModel(Endpoint endpoint, BackgroundRunner runner, BackgroundRunner sideRunner,
                              Questions questions) {
        this.endpoint = endpoint;
        this.runner = runner;
        this.sideRunner = sideRunner;
        this.questions = questions;
    }

    public String connectionName() {
        return endpoint.spec().displayName();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** Opens the tab's own connection in the background. */
    public void connect() {
        connect(List.of());
    }

    /** Opens the tab's own connection in the background, then runs {@code thenRun} (such as "Open data"). */
    public void connect(List<SqlStatement> thenRun) {
        busy.set(true);
        runner.run(() -> {
            SqlSession opened = SqlSession.open(endpoint);
            opened.setRollbackFailedStatementOnly(rollbackFailedStatementOnly);
            session = opened;
            return opened.status();
        }, s -> {
            connected.set(true);
            finish(s, "Connected to " + connectionName() + ".");
            run(thenRun);
        }, this::fail);
    }

    /** Takes a session that was already opened (and so checked) by the caller. */
    public void adopt(SqlSession opened) {
        opened.setRollbackFailedStatementOnly(rollbackFailedStatementOnly);
        session = opened;
        connected.set(true);
        messages.add(Message.info("Connected to " + connectionName() + "."));
        refreshStatus();
    }

    /** Runs statements one after another; each one's outcomes appear as soon as it finishes. */
    public void run(List<SqlStatement> statements) {
        if (session == null || busy.get() || statements.isEmpty()) {
            return;
        }
        RunReport report = new RunReport(messages, results, statements, statementLog, connectionName());
        errorOffset.set(-1);
        busy.set(true);
        new ScriptRun(statements, () -> session, runner, questions, new ScriptRun.Listener() {
            @Override
            public void outcomes(List<Outcome> outcomes, SessionStatus newStatus) {
                report.show(outcomes);
                status.set(newStatus);
                report.logged(StatementLog.describe(outcomes), false);
            }

            @Override
            public void note(Message message) {
                messages.add(message);
            }

            @Override
            public void failed(SqlStatement statement, Throwable error) {
                PlainError plain = PlainError.of(error);
                report.logged(plain.sentence(), true);
                errorOffset.set(plain.position() > 0 ? ErrorPosition.offsetIn(statement, plain.position())
                        : ErrorPosition.offsetOfOnly(statement, plain.nearText()));
                fail(error);
            }

            @Override
            public void failedThenContinued(Throwable error) {
                report(error);
            }

            @Override
            public void finished(int statementsRun) {
                busy.set(false);
                summary.set(report.finished(statementsRun));
                refreshStatus();
            }
        }, continueAfterError).start(status.get());
    }

    /** Who hears about each finished statement (the query history). */
    public void setStatementLog(StatementLog log) {
        statementLog = log == null ? StatementLog.NONE : log;
    }

    /** Fetches the next page of a streamed result (the grid asks as the user scrolls near the end). */
    public void fetchMore(ResultSheet sheet) {
        fetchPages(sheet, PAGE, 1);
    }

    /** Streams the rest of a result into the grid, page by page, up to the grid's cap. */
    public void fetchAll(ResultSheet sheet) {
        fetchPages(sheet, BIG_PAGE, Integer.MAX_VALUE);
    }

    private static final int PAGE = 1_000;
    private static final int BIG_PAGE = 10_000;

    private void fetchPages(ResultSheet sheet, int pageSize, int pages) {
        SqlSession current = session;
        if (current == null || busy.get() || sheet.fetchingProperty().get() || !sheet.moreProperty().get()) {
            return;
        }
        if (sheet.atCap()) {
            stopAtCap(current, sheet);
            return;
        }
        busy.set(true);
        sheet.fetchingProperty().set(true);
        int size = pageSize;
        runner.run(() -> new Page(current.fetch(sheet.stream(), size), sheet.stream().isOpen(), current.status()), page -> {
            sheet.append(page.rows(), page.more());
            sheet.fetchingProperty().set(false);
            busy.set(false);
            status.set(page.status());
            summary.set(connectionName() + " · " + Wording.count(sheet.fetchedProperty().get(), "row") + " fetched"
                    + (page.more() ? ", more to come" : ""));
            if (page.more() && pages > 1) {
                fetchPages(sheet, pageSize, pages - 1);
            }
        }, error -> {
            sheet.fetchingProperty().set(false);
            sheet.moreProperty().set(false);
            fail(error);
        });
    }

    private record Page(CompactRows rows, boolean more, SessionStatus status) {
    }

    /** One result may hold an eighth of the heap: past that, the rest stays on the server. */
    private void stopAtCap(SqlSession current, ResultSheet sheet) {
        sheet.moreProperty().set(false);
        messages.add(Message.info("This result keeps the first " + Wording.count(sheet.fetchedProperty().get(), "row")
                + " (" + Wording.number(sheet.bytesHeld() >> 20) + " MB, as much as one result may hold); "
                + "narrow the query with WHERE or LIMIT/OFFSET to see the others."));
        busy.set(true);
        runner.run(() -> {
            current.closeStreams();
            return current.status();
        }, now -> {
            busy.set(false);
            status.set(now);
        }, error -> {
            busy.set(false);
            fail(error);
        });
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

    /** Switches autocommit; with a transaction open, the user first chooses how to end it. */
    public void setAutocommit(boolean on) {
        SessionStatus current = status.get();
        if (current != null && current.autocommit() == on) {
            return;
        }
        String done = on ? "Autocommit is on." : "Autocommit is off: changes wait for Commit.";
        if (current != null && current.hasOpenTransaction()) {
            Optional<TransactionEnd> end = questions.howToEndTransaction(
                    on ? "Turn autocommit on" : "Turn autocommit off", current);
            end.ifPresent(e -> sessionCommand(() -> session.setAutoCommit(on, e), ended(e) + " " + done));
            return;
        }
        sessionCommand(() -> session.setAutoCommit(on), done);
    }

    public void setRollbackFailedStatementOnly(boolean value) {
        rollbackFailedStatementOnly = value;
        SqlSession current = session;
        if (current != null) {
            runner.run(() -> {
                current.setRollbackFailedStatementOnly(value);
                return null;
            }, ignored -> { }, this::fail);
        }
    }

    /** Whether a script goes on after a failed statement (each error still shown in order) or stops there. */
    public void setContinueAfterError(boolean value) {
        continueAfterError = value;
    }

    public void commit() {
        sessionCommand(() -> session.commit(), "Committed.");
    }

    public void rollback() {
        sessionCommand(() -> session.rollback(), "Rolled back.");
    }

    private static String ended(TransactionEnd end) {
        return end == TransactionEnd.COMMIT ? "Committed." : "Rolled back.";
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
        if (error instanceof ConnectionLostException lost) {
            reconnectAfter(lost);
            return;
        }
        PlainError plain = report(error);
        summary.set(connectionName() + " · " + plain.sentence());
        busy.set(false);
        refreshStatus();
    }

    /** Puts a failed statement's error in the messages. */
    private PlainError report(Throwable error) {
        PlainError plain = PlainError.of(error);
        messages.add(Message.error(plain.sentence(), plain.detail()));
        SessionStatus s = status.get();
        if (rollbackFailedStatementOnly && s != null && s.hasOpenTransaction()) {
            messages.add(Message.info("Only the failed statement was rolled back; the transaction goes on."));
        }
        return plain;
    }

    /** The server ended the session: say what was lost, reconnect, and re-run nothing. */
    private void reconnectAfter(ConnectionLostException lost) {
        messages.add(Message.error(lost.describe(), PlainError.of(lost.getCause()).detail()));
        SqlSession old = session;
        connected.set(false);
        status.set(null);
        runner.run(() -> {
            closeQuietly(old);
            SqlSession fresh = old.reopen();
            session = fresh;
            return fresh.status();
        }, s -> {
            connected.set(true);
            finish(s, "Reconnected to " + connectionName() + "; nothing was re-run.");
        }, error -> {
            PlainError plain = PlainError.of(error);
            messages.add(Message.error("Could not reconnect: " + plain.sentence(), plain.detail()));
            busy.set(false);
        });
    }

    private static void closeQuietly(SqlSession old) {
        try {
            old.close();
        } catch (Exception ignored) {
            // The connection is already gone; closing only frees what the driver still holds.
        }
    }

    /** Reads the session's state back, so the indicator never shows what was merely assumed. */
    private void refreshStatus() {
        SqlSession current = session;
        if (current != null) {
            runner.run(current::status, this::showStatus, e -> { });
        }
    }

    private void showStatus(SessionStatus s) {
        SessionStatus before = status.get();
        if (s.transaction() == TransactionState.FAILED && (before == null || before.transaction() != TransactionState.FAILED)) {
            messages.add(Message.info("The transaction failed: only Rollback (or ROLLBACK TO SAVEPOINT) can continue."));
        }
        status.set(s);
    }

    /** Whether closing now would end an open transaction (so the user must be asked first). */
    public boolean hasOpenTransaction() {
        SessionStatus s = status.get();
        return s != null && s.hasOpenTransaction();
    }

    /** Closes the session, ending an open transaction as chosen (null: roll back), then calls back. */
    public void close(TransactionEnd end, Consumer<Throwable> whenClosed) {
        SqlSession current = session;
        session = null;
        connected.set(false);
        if (current == null) {
            whenClosed.accept(null);
            return;
        }
        runner.run(() -> {
            current.close(end == null ? TransactionEnd.ROLLBACK : end);
            return null;
        }, ignored -> whenClosed.accept(null), whenClosed);
    }

    public Questions questions() {
        return questions;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** When the running work began (epoch millis), 0 when nothing runs: the indicator counts the seconds from it. */
    public long busySinceMillis() {
        return busySince;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Where in the editor text the server pointed when the last run failed (an absolute offset,
     * as the statements' offsets are), -1 when it gave no position or nothing failed.
     */
    public ReadOnlyIntegerProperty errorOffsetProperty() {
        return errorOffset.getReadOnlyProperty();
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

    /** Whether the tab's session is open. */
    public boolean isConnected() {
        return connected.get();
    }
}
