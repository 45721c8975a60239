package dev.sextant.core.run;

import dev.sextant.core.session.SqlSession;
import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.ConnectionLostException;
import dev.sextant.core.session.Dialect;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.sql.CommandName;
import dev.sextant.core.sql.Placeholders;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.sql.StatementRules;
import dev.sextant.core.task.BackgroundRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a list of statements one after another on a tab's session, asking first where the user
 * must decide: a statement that cannot run inside a transaction block, an UPDATE / DELETE
 * without WHERE, the values of a statement's bind parameters. psql meta-commands a GUI can honour
 * run with psql's meaning ({@link PsqlCommands}), as does {@code COPY … FROM STDIN} with inline
 * data; the others are reported and skipped, never sent. Each statement's outcomes are handed over as soon as it finishes;
 * the run stops at the first error unless told to continue after errors. The steps psql takes
 * itself (backslash commands, inline COPY data) are {@link MetaCommandStep}'s.
 */
public final class ScriptRun {

    /** What the run reports back to its tab, always on the caller's (FX) thread. */
    public interface Listener {
        void outcomes(List<Outcome> outcomes, SessionStatus status);

        void note(Message message);

        /** The run stopped because {@code statement} failed; its offsets say where the server's error position lies. */
        void failed(SqlStatement statement, Throwable error);

        /** A statement failed and the run goes on with the next one (continue after errors). */
        void failedThenContinued(Throwable error);

        void finished(int statementsRun);

        /** {@code \c} opened {@code newSession}: the rest of the script and the tab run on it; the owner closes the old. */
        void switchedSession(SqlSession newSession);
    }

    record Step(List<Outcome> outcomes, SessionStatus status) { }

    private final List<SqlStatement> statements;
    private final Supplier<EditorSession> session;
    private final BackgroundRunner runner;
    private final Questions questions;
    private final Listener listener;
    private final boolean continueAfterError;
    private final MetaCommandStep meta;
    private final PsqlCommands psql;
    private boolean stepping;
    private int nextIndex = -1;
    private SessionStatus nextStatus;

    public ScriptRun(List<SqlStatement> statements, Supplier<EditorSession> session, BackgroundRunner runner,
              Questions questions, Listener listener, boolean continueAfterError) {
        this.continueAfterError = continueAfterError;
        this.statements = new ArrayList<>(statements);
        this.session = session;
        this.runner = runner;
        this.questions = questions;
        this.listener = listener;
        this.meta = new MetaCommandStep(this, session, runner);
        this.psql = meta.psql();
    }

    /** The script's own file, whose directory {@code \ir} reads relative to (else the working directory). */
    public ScriptRun fromFile(Path scriptFile) {
        meta.scriptDirectory(scriptFile == null ? null : scriptFile.toAbsolutePath().getParent());
        return this;
    }

    /** The tab's expanded display, which the script's {@code \x} lines set (else one of the run's own). */
    public ScriptRun showingRecords(RecordDisplay display) {
        psql.showRecordsBy(display);
        return this;
    }

    public void start(SessionStatus status) {
        runFrom(0, status);
    }

    /**
     * Runs the statement at {@code index}, then (when it finishes) the next one. A runner that
     * delivers at once (the synchronous twin in tests) would make that a recursion as deep as
     * the script is long, so the next step is queued here and taken by the loop of the step
     * still on the stack: depth stays constant for a script of any length.
     */
    void runFrom(int index, SessionStatus status) {
        nextIndex = index;
        nextStatus = status;
        if (stepping) {
            return;
        }
        stepping = true;
        try {
            while (nextIndex >= 0) {
                int at = nextIndex;
                nextIndex = -1;
                step(at, nextStatus);
            }
        } finally {
            stepping = false;
        }
    }

    private void step(int index, SessionStatus status) {
        if (index == statements.size()) {
            listener.finished(index);
            return;
        }
        SqlStatement statement = statements.get(index);
        if (statement.isPsqlCommand()) {
            meta.runPsqlCommand(index, statement, status);
            return;
        }
        String sql = psql.variables().interpolate(statement.sql());
        if (statement.hasCopyData()) {
            meta.copyIn(index, sql, statement.copyData());
            return;
        }
        Optional<String> copy = StatementRules.copyThroughClient(sql);
        if (copy.isPresent()) {
            // pgjdbc would otherwise abort it and report "cancelled", which is not what happened.
            stop("Line " + statement.line() + ": COPY … " + copy.get() + " streams data through the client, and a "
                    + "statement run from the editor has none to send or receive; it was not sent. "
                    + (copy.get().startsWith("FROM") ? "Load a file with Import CSV on the toolbar." : "Write a file with Export in the result's bar."));
            return;
        }
        Optional<String> outside = Dialect.of(session.get().engine()).outsideTransactionOnly(sql);
        Optional<String> everyRow = StatementRules.unfilteredChangeTarget(sql);
        if (outside.isPresent() && status != null && (!status.autocommit() || status.hasOpenTransaction())) {
            runOutsideTransaction(index, outside.get(), sql);
        } else if (everyRow.isPresent()) {
            confirmThenRun(index, everyRow.get(), sql);
        } else {
            runHere(index, sql);
        }
    }

    private void runHere(int index, String sql) {
        Placeholders placeholders = Placeholders.of(sql);
        List<BoundValue> values = List.of();
        if (!placeholders.isEmpty()) {
            Optional<List<BoundValue>> given = questions.valuesFor(placeholders.names());
            if (given.isEmpty()) {
                stop(CommandName.of(sql) + " was not run: its parameters were not given.");
                return;
            }
            values = placeholders.inJdbcOrder(given.get());
        }
        send(index, placeholders.isEmpty() ? sql : placeholders.jdbcSql(), values);
    }

    void send(int index, String toRun, List<BoundValue> bound) {
        long started = System.nanoTime();
        runner.run(() -> new Step(session.get().execute(toRun, bound), session.get().status()),
                step -> next(index, step, started), error -> failedAt(index, error));
    }

    /** Stops the run, or, when told to continue, reports the error and goes on with the next statement. */
    void failedAt(int index, Throwable error) {
        if (!continueAfterError || error instanceof ConnectionLostException) {
            listener.failed(statements.get(index), error);
            return;
        }
        listener.failedThenContinued(error);
        runner.run(() -> session.get().status(), status -> runFrom(index + 1, status),
                e -> listener.failed(statements.get(index), e));
    }

    private void runOutsideTransaction(int index, String command, String sql) {
        if (!questions.runOnSeparateConnection(command)) {
            stop(command + " was not run: it cannot run inside a transaction block.");
            return;
        }
        listener.note(Message.info(command + " runs on a separate autocommit connection; "
                + "this tab's transaction is untouched."));
        long started = System.nanoTime();
        runner.run(() -> new Step(session.get().executeOnSeparateConnection(sql), session.get().status()),
                step -> next(index, step, started), error -> failedAt(index, error));
    }

    private void confirmThenRun(int index, String table, String sql) {
        String command = CommandName.of(sql);
        runner.run(() -> session.get().countRows(table), rows -> {
            if (questions.confirmEveryRow(command, table, rows)) {
                runHere(index, sql);
            } else {
                stop(command + " without WHERE was not run.");
            }
        }, error -> runHere(index, sql)); // cannot count (no such table?): the statement itself will say why
    }

    void next(int index, Step step, long startedNanos) {
        listener.outcomes(step.outcomes(), step.status());
        psql.timeSince(startedNanos).ifPresent(listener::note);
        runFrom(index + 1, step.status());
    }

    Listener listener() {
        return listener;
    }

    /** Statements an {@code \i} read, to run next after the one at {@code index}. */
    void insertAfter(int index, List<SqlStatement> included) {
        statements.addAll(index + 1, included);
    }

    void stop(String sentence) {
        stopWith(Message.info(sentence));
    }

    void stopWith(Message message) {
        listener.note(message);
        listener.finished(0);
    }
}
