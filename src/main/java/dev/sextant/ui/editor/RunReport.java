package dev.sextant.ui.editor;

import dev.sextant.core.session.Outcome;
import dev.sextant.core.sql.SqlStatement;

import java.util.List;

/**
 * What one run shows the user: a result tab per result set, a line in {@code messages} per update
 * count, notice or result, the summary for the status bar (statements, rows, time), and each
 * finished statement with its time for the statement log (the query history).
 */
final class RunReport {

    private final List<Message> messages;
    private final List<ResultSheet> results;
    private final List<SqlStatement> statements;
    private final StatementLog log;
    private final String connectionName;
    private final long startedNanos = System.nanoTime();
    private long statementStartedNanos = startedNanos;
    private int current;
    private int resultCounter;
    private long rowsShown;

    /** Starts a report on the tab's lists, clearing what the previous run left there. */
    RunReport(List<Message> messages, List<ResultSheet> results, List<SqlStatement> statements, StatementLog log,
              String connectionName) {
        this.messages = messages;
        this.results = results;
        this.statements = statements;
        this.log = log;
        this.connectionName = connectionName;
        messages.clear();
        results.clear();
    }

    void show(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Rows r) {
                int shown = r.result().rows().size();
                rowsShown += shown;
                resultCounter++;
                ResultSheet sheet = new ResultSheet("Result " + resultCounter, r.result().columns(), r.result().rows(),
                        r.hasMore() ? r.rest() : null);
                sheet.setSource(r.source()); // for an export of all rows
                results.add(sheet);
                messages.add(Message.info(r.hasMore()
                        ? r.command() + ": the first " + shown + " rows; more load as you scroll."
                        : r.command() + ": " + shown + (shown == 1 ? " row" : " rows")));
            } else if (outcome instanceof Outcome.UpdateCount u) {
                messages.add(Message.info(u.describe()));
            } else if (outcome instanceof Outcome.Done d) {
                messages.add(Message.info(d.command() + ": done"));
            } else if (outcome instanceof Outcome.Notice n) {
                messages.add(Message.notice(n.text()));
            }
        }
    }

    /** Tells the statement log that the current statement finished, then moves on to the next one. */
    void logged(String outcome, boolean failed) {
        if (current < statements.size()) {
            long now = System.nanoTime();
            log.finished(connectionName, statements.get(current).sql(), (now - statementStartedNanos) / 1_000_000,
                    outcome, failed);
            statementStartedNanos = now;
        }
        current++;
    }

    /** "sample.db · 3 statements, 40 rows · 12 ms". */
    String summary(int statementCount) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        String what = statementCount <= 1 ? "" : statementCount + " statements, ";
        return connectionName + " · " + what + rowsShown + (rowsShown == 1 ? " row" : " rows") + " · " + millis + " ms";
    }
}
