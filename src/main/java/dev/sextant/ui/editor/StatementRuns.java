package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.core.run.Questions;
import dev.sextant.core.run.RunReport;
import dev.sextant.core.run.ScriptRun;
import dev.sextant.core.run.StatementLog;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.sql.ErrorPosition;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.run.RecordDisplay;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.ui.results.ResultSheet;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs a tab's statements and scripts as one operation ({@link ScriptRun} does the stepping and
 * the asking), showing each statement's outcomes as soon as it finishes, where the server pointed
 * when one failed, and the run's summary; and asks the server to cancel the running statement.
 */
final class StatementRuns {

    private final TabState tab;
    private final Failures failures;
    private final Questions questions;
    private final BackgroundRunner sideRunner;
    private final ReadOnlyIntegerWrapper errorOffset = new ReadOnlyIntegerWrapper(this, "errorOffset", -1);
    private StatementLog statementLog = StatementLog.NONE;
    private final RecordDisplay records = new RecordDisplay();
    private final List<Runnable> alsoCancel = new CopyOnWriteArrayList<>();

    /** @param sideRunner for the cancel request, which must not queue behind the statement it stops */
    StatementRuns(TabState tab, Failures failures, Questions questions, BackgroundRunner sideRunner) {
        this.tab = tab;
        this.failures = failures;
        this.questions = questions;
        this.sideRunner = sideRunner;
    }

    /** Runs {@code statements} in order, for a script saved as {@code scriptFile} (null when in no file). */
    void run(List<SqlStatement> statements, Path scriptFile) {
        if (tab.session() == null || tab.operations().isBusy() || statements.isEmpty()) {
            return;
        }
        tab.results.forEach(ResultSheet::close); // their spill files go with them
        tab.results.clear();
        RunReport report = new RunReport(tab.messages, r -> tab.results.add(ResultSheet.of(r)), statements, statementLog,
                tab.connectionName());
        errorOffset.set(-1);
        tab.operations().start(operation -> new ScriptRun(statements, tab::session, operation, questions,
                new Listener(operation, report), tab.options().continueAfterError())
                .fromFile(scriptFile).showingRecords(records).start(tab.status.get()));
    }

    /** Asks the server to stop the running statement, from a thread that is not queued behind it. */
    void cancel() {
        EditorSession current = tab.session();
        if (current != null && tab.operations().isBusy()) {
            sideRunner.run(() -> {
                current.cancel();
                alsoCancel.forEach(Runnable::run);
                return null;
            }, ignored -> { }, error -> tab.operations().start(operation -> failures.fail(operation, error)));
        }
    }

    /** Work on the session that sends statements of its own (a plan) is stopped by Cancel too; {@code stop} runs off the FX thread. */
    void alsoOnCancel(Runnable stop) {
        alsoCancel.add(stop);
    }

    /** The tab's expanded display ({@code \\x}), kept across runs as psql keeps it for its session. */
    RecordDisplay records() {
        return records;
    }

    void setStatementLog(StatementLog log) {
        statementLog = log == null ? StatementLog.NONE : log;
    }

    ReadOnlyIntegerProperty errorOffsetProperty() {
        return errorOffset.getReadOnlyProperty();
    }

    /** What one run shows as it goes; its steps (a reconnect after a lost connection too) belong to {@code operation}. */
    private final class Listener implements ScriptRun.Listener {

        private final BackgroundRunner operation;
        private final RunReport report;

        Listener(BackgroundRunner operation, RunReport report) {
            this.operation = operation;
            this.report = report;
        }

        @Override
        public void outcomes(List<Outcome> outcomes, SessionStatus newStatus) {
            report.show(outcomes);
            tab.status.set(newStatus);
            report.logged(StatementLog.describe(outcomes), false);
        }

        @Override
        public void note(Message message) {
            tab.messages.add(message);
        }

        @Override
        public void failed(SqlStatement statement, Throwable error) {
            PlainError plain = PlainError.of(error);
            report.logged(plain.sentence(), true);
            errorOffset.set(plain.position() > 0 ? ErrorPosition.offsetIn(statement, plain.position())
                    : ErrorPosition.offsetOfOnly(statement, plain.nearText()));
            failures.fail(operation, error, ErrorPosition.lineAt(statement.sql(), plain.position()));
        }

        @Override
        public void failedThenContinued(Throwable error) {
            failures.report(error);
        }

        /** The old session is closed on the tab's thread, behind the run, which goes on at once on the new one. */
        @Override
        public void switchedSession(SqlSession newSession) {
            newSession.useOptions(tab.options());
            EditorSession old = tab.session();
            tab.moveTo(newSession, newSession.endpoint());
            tab.runner().run(() -> {
                old.close();
                return null;
            }, closed -> { }, failures::report);
        }

        @Override
        public void finished(int statementsRun) {
            EditorSession current = tab.session();
            String place = current == null ? "" : current.place();
            tab.summary.set(report.finished(statementsRun) + (place.isEmpty() ? "" : " · " + place));
            tab.refreshStatus();
        }
    }
}
