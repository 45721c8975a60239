package dev.sextant.ui.editor;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.run.Message;
import dev.sextant.core.run.Questions;
import dev.sextant.core.run.StatementLog;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.RunOptions;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.ui.common.TabSession;
import dev.sextant.ui.results.ResultFetcher;
import dev.sextant.ui.results.ResultHost;
import dev.sextant.ui.results.ResultSheet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The state and commands of one editor tab: its own session, what the last run produced, and
 * the transaction state read back after every operation. All database work goes through the
 * tab's runner, one operation at a time ({@link SessionOperations} alone says when the tab is
 * busy); results arrive back on the caller's (FX) thread. Each job lives in a part of its own:
 * {@link TabConnection}, {@link StatementRuns}, {@link ResultPages}, {@link TransactionControl},
 * {@link SessionPort}; this class is what the view and the window hold.
 */
public final class EditorTabViewModel implements TabSession, ResultFetcher, ResultHost {

    private final TabState tab;
    private final Questions questions;
    private final TabConnection connection;
    private final StatementRuns runs;
    private final ResultPages pages;
    private final TransactionControl transaction;
    private final SessionPort port;

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
        this.tab = new TabState(endpoint, runner, options);
        this.questions = questions;
        Failures failures = new Failures(tab);
        this.connection = new TabConnection(tab, failures);
        this.runs = new StatementRuns(tab, failures, questions, sideRunner);
        this.pages = new ResultPages(tab, failures);
        this.transaction = new TransactionControl(tab, failures, questions);
        this.port = new SessionPort(tab, failures, sideRunner);
    }

    public String connectionName() {
        return tab.connectionName();
    }

    @Override
    public Endpoint endpoint() {
        return tab.endpoint();
    }

    /** Opens the tab's own connection in the background. */
    public void connect() {
        connect(List.of());
    }

    /** Opens the tab's own connection in the background, then runs {@code thenRun} (such as "Open data"). */
    public void connect(List<SqlStatement> thenRun) {
        connection.connect(() -> run(thenRun));
    }

    /**
     * Takes a session that was already opened (and so checked) by the caller; a tab restored in
     * manual mode switches it to manual mode first.
     */
    public void adopt(EditorSession opened) {
        connection.adopt(opened);
    }

    /** The consistency levels its statements can be sent with, the default first; none for most engines. */
    public List<String> consistencyLevels() {
        return connection.consistencyLevels();
    }

    /** The level this tab's statements go out with, or null for an engine without levels. */
    public String consistency() {
        return connection.consistency();
    }

    /** Every following statement of the tab goes out with {@code level} (the session only keeps it: no I/O). */
    public void setConsistency(String level) {
        connection.setConsistency(level);
    }

    /** The tab is to connect in manual mode (it was in manual mode when the app last ran). */
    public void startInManualMode() {
        connection.startInManualMode();
    }

    /** The mode as the driver last reported it, or the one the tab is to start in while not connected. */
    public boolean autocommitMode() {
        return connection.autocommitMode();
    }

    /** Runs statements one after another; each one's outcomes appear as soon as it finishes. */
    public void run(List<SqlStatement> statements) {
        run(statements, null);
    }

    /** As {@link #run(List)}, for a script saved as {@code scriptFile} (null when in no file): {@code \ir} reads beside it. */
    public void run(List<SqlStatement> statements, Path scriptFile) {
        runs.run(statements, scriptFile);
    }

    /** Who hears about each finished statement (the query history). */
    public void setStatementLog(StatementLog log) {
        runs.setStatementLog(log);
    }

    /** Fetches the next page of a streamed result (the grid asks as the user scrolls near the end). */
    @Override
    public void fetchMore(ResultSheet sheet) {
        pages.fetchMore(sheet);
    }

    /** Streams the rest of a result into the grid, page by page, up to the grid's cap. */
    @Override
    public void fetchAll(ResultSheet sheet) {
        pages.fetchAll(sheet);
    }

    @Override
    public <T> void runBeside(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        port.runBeside(work, done, failed);
    }

    @Override
    public <T> void runOnSession(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        port.runOnSession(work, done, failed);
    }

    /**
     * Stops Fetch all between two pages, or else asks the server to stop the running statement
     * (from a thread that is not queued behind it). Fetch all is not cancelled on the server: a
     * cancelled FETCH would fail the transaction the result's cursor lives in, changes and all.
     */
    public void cancel() {
        if (!pages.stopFetchAll()) {
            runs.cancel();
        }
    }

    /** Work on the session that sends statements of its own (a plan) is stopped by Cancel too; {@code stop} runs off the FX thread. */
    public void alsoOnCancel(Runnable stop) {
        runs.alsoOnCancel(stop);
    }

    /** The tab's expanded display ({@code \\x}), kept across runs. */
    public dev.sextant.core.run.RecordDisplay records() {
        return runs.records();
    }

    /** Switches autocommit; with a transaction open, the user first chooses how to end it. */
    public void setAutocommit(boolean on) {
        transaction.setAutocommit(on);
    }

    public void setRollbackFailedStatementOnly(boolean value) {
        tab.options().setRollbackFailedStatementOnly(value);
    }

    /** Whether a script goes on after a failed statement (each error still shown in order) or stops there. */
    public void setContinueAfterError(boolean value) {
        tab.options().setContinueAfterError(value);
    }

    /** Commits; the message says what the database confirmed, and a commit it refused or rolled back says so. */
    public void commit() {
        transaction.endTransaction(TransactionEnd.COMMIT, error -> { });
    }

    public void rollback() {
        transaction.endTransaction(TransactionEnd.ROLLBACK, error -> { });
    }

    /**
     * Ends the open transaction as asked, then calls back with null once the database confirmed
     * it, or with the error the user was just shown (a commit not carried out, say).
     */
    public void endTransaction(TransactionEnd how, Consumer<Throwable> then) {
        transaction.endTransaction(how, then);
    }

    /** Whether closing now would end an open transaction (so the user must be asked first). */
    @Override
    public boolean hasOpenTransaction() {
        return tab.hasOpenTransaction();
    }

    /**
     * Closes the session, ending an open transaction as chosen (null: roll back), then calls back
     * with null once it is closed. When the chosen commit is not carried out (or anything else
     * fails), the session stays, the user reads why in the messages, and the callback gets the error.
     */
    public void close(TransactionEnd end, Consumer<Throwable> whenClosed) {
        connection.close(end, whenClosed);
    }

    public Questions questions() {
        return questions;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return tab.operations().busyProperty();
    }

    /** When the running work began (epoch millis), 0 when nothing runs: the indicator counts the seconds from it. */
    public long busySinceMillis() {
        return tab.operations().busySinceMillis();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return tab.connected.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return tab.status.getReadOnlyProperty();
    }

    /**
     * Where in the editor text the server pointed when the last run failed (an absolute offset,
     * as the statements' offsets are), -1 when it gave no position or nothing failed.
     */
    public ReadOnlyIntegerProperty errorOffsetProperty() {
        return runs.errorOffsetProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return tab.summary.getReadOnlyProperty();
    }

    @Override
    public ObservableList<Message> messages() {
        return tab.messages;
    }

    @Override
    public ObservableList<ResultSheet> results() {
        return tab.results;
    }

    /** Whether the tab's session is open. */
    @Override
    public boolean isConnected() {
        return tab.connected.get();
    }
}
