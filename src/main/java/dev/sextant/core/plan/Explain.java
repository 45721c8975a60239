package dev.sextant.core.plan;

import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.session.TransactionState;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.sql.SqlWords;
import dev.sextant.core.sql.StatementRules;

import java.util.List;
import java.util.Optional;

/**
 * Asks the tab's session for the plan of one statement, and makes sure that measuring it never
 * changes data.
 *
 * <p>What a statement writes cannot be read from its text: a SELECT may call a function that
 * writes, a view may have rules, a table triggers. So every EXPLAIN ANALYZE is treated as a
 * write and undone — in autocommit inside {@code BEGIN … ROLLBACK}, in an open transaction behind
 * a savepoint rolled back to at once — and the plan says so. A statement that cannot run inside a
 * transaction (CREATE DATABASE, VACUUM…) could not be undone, so it is not analyzed.
 * Call on the session's background thread.
 */
public final class Explain {

    static final String ESTIMATED = "Estimated by the planner; the statement was not run.";
    static final String ROLLED_BACK = "Measured by running the statement inside BEGIN … ROLLBACK: "
            + "nothing it changed was kept (sequences it advanced stay advanced).";
    static final String SAVEPOINT = "Measured by running the statement behind a savepoint, rolled back to at once: "
            + "your open transaction is as it was (sequences it advanced stay advanced).";
    static final String NO_ANALYZE = "Estimated only: %s cannot measure a single statement, so it was not run.";

    private Explain() {
    }

    /** The plan of {@code statement}; with {@code analyze} it is run, measured and undone. */
    public static Plan of(SqlSession session, String statement, boolean analyze) throws Exception {
        return of(session, statement, analyze, new PlanCancel());
    }

    /** As {@link #of(SqlSession, String, boolean)}, the EXPLAIN stopped by {@code cancel}, and then undone as a failure is. */
    public static Plan of(SqlSession session, String statement, boolean analyze, PlanCancel cancel) throws Exception {
        String sql = withoutSemicolon(statement);
        refuseAnyButOneStatement(sql);
        SessionStatus status = session.status();
        if (status.transaction() == TransactionState.FAILED) {
            throw new PlanRefusedException(
                    "The transaction has failed: roll it back before asking for a plan, the server would refuse it.");
        }
        PlanSource source = PlanSource.of(session.engine());
        boolean measure = analyze && source.canAnalyze();
        Optional<String> outside = StatementRules.outsideTransactionOnly(sql);
        if (measure && outside.isPresent()) {
            throw new PlanRefusedException(outside.get() + " cannot run inside a transaction, so it is not analyzed: "
                    + "what it did could not be undone.");
        }
        String how = !measure ? (analyze ? NO_ANALYZE.formatted(session.engine().displayName()) : ESTIMATED)
                : status.autocommit() && !status.hasOpenTransaction() ? ROLLED_BACK : SAVEPOINT;
        return session.runAndUndo(connection -> source.explain(connection, sql, measure, how, cancel));
    }

    /** Several statements would all be sent (and with ANALYZE all run): only one is explained. */
    private static void refuseAnyButOneStatement(String sql) throws PlanRefusedException {
        if (sql.isEmpty()) {
            throw new PlanRefusedException("Put the caret in a statement to see its plan.");
        }
        if (ScriptSplitter.split(sql).size() > 1) {
            throw new PlanRefusedException("Select one statement to see its plan; this text holds several.");
        }
        List<String> words = SqlWords.of(sql);
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("EXPLAIN")) {
            throw new PlanRefusedException("This is an EXPLAIN already: run it, or explain the statement without it.");
        }
    }

    private static String withoutSemicolon(String statement) {
        String sql = statement.strip();
        while (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1).strip();
        }
        return sql;
    }
}
