package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.core.run.RunReport;
import dev.sextant.core.run.ScriptRun;
import dev.sextant.core.run.StatementLog;
import dev.sextant.ui.common.TabSession;
import dev.sextant.ui.results.ResultFetcher;
import dev.sextant.ui.results.ResultSheet;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.session.ConnectionLostException;
import dev.sextant.core.session.NotCommittedException;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.RunOptions;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.Dialect;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.SessionOpener;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.core.session.TransactionEnded;
import dev.sextant.core.session.TransactionState;
import dev.sextant.core.sql.ErrorPosition;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.core.text.Wording;
import dev.sextant.core.run.Questions;
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
public final class EditorTabViewModel implements TabSession, ResultFetcher, dev.sextant.ui.results.ResultHost {

    /** Changes when a script's {@code \\c} moves the tab to another database. */
    private volatile Endpoint endpoint;
    private final BackgroundRunner runner;
    private final BackgroundRunner sideRunner;
    private final Questions questions;
    private volatile EditorSession session;
    private final RunOptions options;
    private boolean startInManualMode;
    private StatementLog statementLog = StatementLog.NONE;

    private volatile String consistency;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyObjectWrapper<SessionStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper errorOffset = new ReadOnlyIntegerWrapper(this, "errorOffset", -1);
    private final ObservableList<Message> messages = FXCollections.observableArrayList();
    private final ObservableList<ResultSheet> results = FXCollections.observableArrayList();
    private final dev.sextant.core.run.RecordDisplay records = new dev.sextant.core.run.RecordDisplay();
    private final List<Runnable> alsoCancel = new java.util.concurrent.CopyOnWriteArrayList<>();
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
        this(endpoint, runner, sideRunner, questions, new RunOptions());
    }

    /** A tab that runs with the app's {@code options} (the Run menu's), read at every statement. */
    public EditorTabViewModel(Endpoint endpoint, BackgroundRunner runner, BackgroundRunner sideRunner,
                              Questions questions, RunOptions options) {
        this.endpoint = endpoint;
        this.runner = runner;
        this.sideRunner = sideRunner;
        this.questions = questions;
        this.options = options;
    }

    public String connectionName() {
        return endpoint.spec().displayName();
    }

    @Override
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
        boolean manual = startInManualMode;
        runner.run(() -> {
            EditorSession opened = SessionOpener.of(endpoint.spec().engine()).open(endpoint);
            opened.useOptions(options);
            useConsistency(opened);
            if (manual) {
                opened.setAutoCommit(false);
            }
            session = opened;
            return opened.status();
        }, s -> {
            connected.set(true);
            finish(s, "Connected to " + connectionName() + ".");
            run(thenRun);
        }, this::fail);
    }

    /**
     * Takes a session that was already opened (and so checked) by the caller; a tab restored in
     * manual mode switches it to manual mode first.
     */
    public void adopt(EditorSession opened) {
        opened.useOptions(options);
        useConsistency(opened);
        session = opened;
        connected.set(true);
        messages.add(Message.info("Connected to " + connectionName() + "."));
        if (!startInManualMode) {
            refreshStatus();
            return;
        }
        busy.set(true);
        runner.run(() -> opened.status().autocommit() ? opened.setAutoCommit(false) : opened.status(), s -> {
            busy.set(false);
            showStatus(s);
        }, this::fail);
    }

    /** The consistency levels its statements can be sent with, the default first; none for most engines. */
    public List<String> consistencyLevels() {
        return Dialect.of(endpoint.spec().engine()).consistencyLevels();
    }

    /** The level this tab's statements go out with, or null for an engine without levels. */
    public String consistency() {
        List<String> levels = consistencyLevels();
        return consistency != null ? consistency : levels.isEmpty() ? null : levels.get(0);
    }

    /** Every following statement of the tab goes out with {@code level} (the session only keeps it: no I/O). */
    public void setConsistency(String level) {
        consistency = level;
        EditorSession current = session;
        if (current != null) {
            current.useConsistency(level);
        }
    }

    private void useConsistency(EditorSession opened) {
        if (consistency() != null) {
            opened.useConsistency(consistency());
        }
    }

    /** The tab is to connect in manual mode (it was in manual mode when the app last ran). */
    public void startInManualMode() {
        startInManualMode = true;
    }

    /** The mode as the driver last reported it, or the one the tab is to start in while not connected. */
    public boolean autocommitMode() {
        SessionStatus s = status.get();
        return s == null ? !startInManualMode : s.autocommit();
    }

    /** Runs statements one after another; each one's outcomes appear as soon as it finishes. */
    public void run(List<SqlStatement> statements) {
        run(statements, null);
    }

    /** As {@link #run(List)}, for a script saved as {@code scriptFile} (null when in no file): {@code \ir} reads beside it. */
    public void run(List<SqlStatement> statements, java.nio.file.Path scriptFile) {
        if (session == null || busy.get() || statements.isEmpty()) {
            return;
        }
        results.forEach(ResultSheet::close); // their spill files go with them
        results.clear();
        RunReport report = new RunReport(messages, r -> results.add(ResultSheet.of(r)), statements, statementLog,
                connectionName());
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
                fail(error, ErrorPosition.lineAt(statement.sql(), plain.position()));
            }

            @Override
            public void failedThenContinued(Throwable error) {
                report(error);
            }

            @Override
            public void switchedSession(SqlSession newSession) {
                newSession.useOptions(options);
                EditorSession old = session;
                session = newSession;
                endpoint = newSession.endpoint();
                runner.run(() -> {
                    old.close();
                    return null;
                }, closed -> { }, error -> report(error));
            }

            @Override
            public void finished(int statementsRun) {
                busy.set(false);
                EditorSession current = session;
                String place = current == null ? "" : current.place();
                summary.set(report.finished(statementsRun) + (place.isEmpty() ? "" : " · " + place));
                refreshStatus();
            }
        }, options.continueAfterError()).fromFile(scriptFile).showingRecords(records).start(status.get());
    }

    /** Who hears about each finished statement (the query history). */
    public void setStatementLog(StatementLog log) {
        statementLog = log == null ? StatementLog.NONE : log;
    }

    /** Fetches the next page of a streamed result (the grid asks as the user scrolls near the end). */
    @Override
    public void fetchMore(ResultSheet sheet) {
        fetchPages(sheet, PAGE, 1);
    }

    /** Streams the rest of a result into the grid, page by page, up to the grid's cap. */
    @Override
    public void fetchAll(ResultSheet sheet) {
        fetchPages(sheet, BIG_PAGE, Integer.MAX_VALUE);
    }

    private static final int PAGE = 1_000;
    private static final int BIG_PAGE = 10_000;

    private void fetchPages(ResultSheet sheet, int pageSize, int pages) {
        EditorSession current = session;
        if (current == null || busy.get() || sheet.fetchingProperty().get() || !sheet.moreProperty().get()) {
            return;
        }
        busy.set(true);
        sheet.fetchingProperty().set(true);
        int size = pageSize;
        // Kept (and spilled to disk past the heap's share) here, off the FX thread.
        runner.run(() -> keptPage(current, sheet, size), page -> {
            if (page.rows() != null) {
                sheet.append(page.rows(), page.more());
            }
            sheet.fetchingProperty().set(false);
            busy.set(false);
            status.set(page.status());
            summary.set(connectionName() + " · " + Wording.count(sheet.fetchedProperty().get(), "row") + " fetched"
                    + (page.more() ? ", more to come" : ""));
            if (page.stopped() != null) {
                stopFetching(current, sheet, page.stopped());
            } else if (page.more() && pages > 1) {
                fetchPages(sheet, pageSize, pages - 1);
            }
        }, error -> {
            sheet.fetchingProperty().set(false);
            sheet.moreProperty().set(false);
            fail(error);
        });
    }

    private static Page keptPage(EditorSession current, ResultSheet sheet, int size) throws Exception {
        CompactRows rows = current.fetch(sheet.stream(), size);
        try {
            return new Page(sheet.keep(rows), sheet.stream().isOpen(), current.status(), null);
        } catch (java.io.IOException e) {
            return new Page(null, true, current.status(), e.getMessage()); // a full disk: keep what was fetched
        }
    }

    private record Page(FetchedRows.Page rows, boolean more, SessionStatus status, String stopped) {
    }

    /** Fetching cannot go on (the disk is full): the rows fetched stay, the rest stays on the server. */
    private void stopFetching(EditorSession current, ResultSheet sheet, String why) {
        sheet.moreProperty().set(false);
        messages.add(Message.error(why + " This result keeps the first "
                + Wording.count(sheet.fetchedProperty().get(), "row") + ".", ""));
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

    /**
     * Runs an import on this tab's session, one operation like any statement: the tab is busy
     * meanwhile, and the transaction indicator is read back afterwards.
     */
    @Override
    public <T> void runBeside(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        sideRunner.run(work, done::accept, failed::accept);
    }

    @Override
    public <T> void runOnSession(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        EditorSession current = session;
        if (current == null || busy.get()) {
            failed.accept(new IllegalStateException(current == null
                    ? "This tab is not connected." : "This tab is still running a statement; wait or cancel it first."));
            return;
        }
        busy.set(true);
        runner.run(() -> work.run(current.jdbc().orElseThrow(() -> new UnsupportedOperationException(
                current.engine().displayName() + " does not import through this tab."))), value -> {
            busy.set(false);
            refreshStatus();
            done.accept(value);
        }, error -> {
            if (error instanceof ConnectionLostException lost) {
                reconnectAfter(lost);
            } else {
                busy.set(false);
                refreshStatus();
            }
            failed.accept(error);
        });
    }

    /** Asks the server to stop the running statement, from a thread that is not queued behind it. */
    public void cancel() {
        EditorSession current = session;
        if (current != null && busy.get()) {
            sideRunner.run(() -> {
                current.cancel();
                alsoCancel.forEach(Runnable::run);
                return null;
            }, ignored -> { }, this::fail);
        }
    }

    /** Work on the session that sends statements of its own (a plan) is stopped by Cancel too; {@code stop} runs off the FX thread. */
    public void alsoOnCancel(Runnable stop) {
        alsoCancel.add(stop);
    }

    /** The tab's expanded display ({@code \x}), kept across runs. */
    public dev.sextant.core.run.RecordDisplay records() {
        return records;
    }

    /** Switches autocommit; with a transaction open, the user first chooses how to end it. */
    public void setAutocommit(boolean on) {
        SessionStatus current = status.get();
        if (current != null && current.autocommit() == on) {
            return;
        }
        if (current != null && current.hasOpenTransaction()) {
            Optional<TransactionEnd> end = questions.howToEndTransaction(
                    on ? "Turn autocommit on" : "Turn autocommit off", current);
            end.ifPresent(e -> endTransaction(() -> session.setAutoCommit(on, e), error -> { }));
            return;
        }
        if (session == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> session.setAutoCommit(on), s -> finish(s, describeMode(s)), this::fail);
    }

    /** The mode as the driver reported it back, not as it was asked for. */
    private static String describeMode(SessionStatus s) {
        return s.autocommit() ? "Autocommit is on." : "Autocommit is off: changes wait for Commit.";
    }

    public void setRollbackFailedStatementOnly(boolean value) {
        options.setRollbackFailedStatementOnly(value);
    }

    /** Whether a script goes on after a failed statement (each error still shown in order) or stops there. */
    public void setContinueAfterError(boolean value) {
        options.setContinueAfterError(value);
    }

    /** Commits; the message says what the database confirmed, and a commit it refused or rolled back says so. */
    public void commit() {
        endTransaction(TransactionEnd.COMMIT, error -> { });
    }

    public void rollback() {
        endTransaction(TransactionEnd.ROLLBACK, error -> { });
    }

    /**
     * Ends the open transaction as asked, then calls back with null once the database confirmed
     * it, or with the error the user was just shown (a commit not carried out, say).
     */
    public void endTransaction(TransactionEnd how, Consumer<Throwable> then) {
        endTransaction(() -> session.end(how), then);
    }

    private void endTransaction(Callable<TransactionEnded> command, Consumer<Throwable> then) {
        if (session == null || busy.get()) {
            String why = session == null ? "This tab is not connected." : "This tab is still running a statement.";
            messages.add(Message.info(why + " The transaction was not ended; cancel or wait, then try again."));
            then.accept(new IllegalStateException(why));
            return;
        }
        busy.set(true);
        runner.run(command, ended -> {
            String mode = ended.status().autocommit() == (status.get() == null || status.get().autocommit())
                    ? "" : " " + describeMode(ended.status());
            finish(ended.status(), ended.sentence() + mode);
            then.accept(null);
        }, error -> {
            fail(error);
            then.accept(error);
        });
    }

    private void finish(SessionStatus newStatus, String text) {
        status.set(newStatus);
        messages.add(Message.info(text));
        busy.set(false);
    }

    private void fail(Throwable error) {
        fail(error, "");
    }

    /** Reports a failure; {@code where} is psql's "LINE n: …" for an error with a position, or "". */
    private void fail(Throwable error, String where) {
        if (error instanceof ConnectionLostException lost) {
            reconnectAfter(lost);
            return;
        }
        PlainError plain = report(error, where);
        summary.set(connectionName() + " · " + plain.sentence());
        busy.set(false);
        refreshStatus();
    }

    private PlainError report(Throwable error) {
        return report(error, "");
    }

    /** Puts an error in the messages: its sentence, then the server's explanation and the line it points at. */
    private PlainError report(Throwable error, String where) {
        PlainError plain = PlainError.of(error);
        String text = where.isEmpty() ? plain.text() : plain.text() + "\n" + where;
        messages.add(Message.error(text, plain.detail()));
        SessionStatus s = status.get();
        if (options.rollbackFailedStatementOnly() && s != null && s.hasOpenTransaction() && !(error instanceof NotCommittedException)) {
            messages.add(Message.info("Only the failed statement was rolled back; the transaction goes on."));
        }
        return plain;
    }

    /** The server ended the session: say what was lost, reconnect, and re-run nothing. */
    private void reconnectAfter(ConnectionLostException lost) {
        messages.add(Message.error(lost.describe(), PlainError.of(lost.getCause()).detail()));
        EditorSession old = session;
        connected.set(false);
        status.set(null);
        runner.run(() -> {
            closeQuietly(old);
            EditorSession fresh = old.reopen();
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

    private static void closeQuietly(EditorSession old) {
        try {
            old.close();
        } catch (Exception ignored) {
            // The connection is already gone; closing only frees what the driver still holds.
        }
    }

    /** Reads the session's state back, so the indicator never shows what was merely assumed. */
    private void refreshStatus() {
        EditorSession current = session;
        if (current != null) {
            runner.run(current::status, this::showStatus, e -> messages.add(Message.error(
                    "Could not read the transaction state back; the indicator may be out of date.",
                    PlainError.of(e).detail())));
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
    @Override
    public boolean hasOpenTransaction() {
        SessionStatus s = status.get();
        return s != null && s.hasOpenTransaction();
    }

    /**
     * Closes the session, ending an open transaction as chosen (null: roll back), then calls back
     * with null once it is closed. When the chosen commit is not carried out (or anything else
     * fails), the session stays, the user reads why in the messages, and the callback gets the error.
     */
    public void close(TransactionEnd end, Consumer<Throwable> whenClosed) {
        EditorSession current = session;
        if (current == null) {
            connected.set(false);
            whenClosed.accept(null);
            return;
        }
        busy.set(true);
        runner.run(() -> {
            current.close(end == null ? TransactionEnd.ROLLBACK : end);
            return null;
        }, ignored -> {
            session = null;
            results.forEach(ResultSheet::close); // their spill files go with the tab
            connected.set(false);
            busy.set(false);
            whenClosed.accept(null);
        }, error -> {
            fail(error);
            whenClosed.accept(error);
        });
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

    @Override
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
    @Override
    public boolean isConnected() {
        return connected.get();
    }
}
