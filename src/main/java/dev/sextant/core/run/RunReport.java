package dev.sextant.core.run;

import dev.sextant.core.session.Outcome;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.text.Wording;

import java.util.List;
import java.util.function.Consumer;

/**
 * What one run shows the user: a result tab per result set, a line in {@code messages} per update
 * count, notice or result, the summary for the status bar (statements, rows, time; also the last
 * message after a long script), and each finished statement with its time for the statement log.
 */
public final class RunReport {

    private final List<Message> messages;
    private final Consumer<RunResult> results;
    private final List<SqlStatement> statements;
    private final StatementLog log;
    private final String connectionName;
    private final long startedNanos = System.nanoTime();
    private long statementStartedNanos = startedNanos;
    private int current;
    private int resultCounter;
    private long rowsShown;
    private long rowsChanged;

    /**
     * Starts a report on the tab's messages (clearing what the previous run left there); each result
     * set goes to {@code results}, which the caller has emptied.
     */
    public RunReport(List<Message> messages, Consumer<RunResult> results, List<SqlStatement> statements,
                     StatementLog log, String connectionName) {
        this.messages = messages;
        this.results = results;
        this.statements = statements;
        this.log = log;
        this.connectionName = connectionName;
        messages.clear();
    }

    public void show(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Rows r) {
                int shown = r.result().rows().size();
                rowsShown += shown;
                resultCounter++;
                results.accept(new RunResult("Result " + resultCounter, r,
                        (System.nanoTime() - statementStartedNanos) / 1_000_000));
                messages.add(Message.info(r.hasMore()
                        ? r.command() + ": the first " + Wording.count(shown, "row") + "; more load as you scroll."
                        : r.command() + ": " + Wording.count(shown, "row")));
            } else if (outcome instanceof Outcome.UpdateCount u) {
                rowsChanged += u.count();
                messages.add(Message.info(u.describe()));
            } else if (outcome instanceof Outcome.Done d) {
                messages.add(Message.info(d.command() + ": done"));
            } else if (outcome instanceof Outcome.Notice n) {
                messages.add(Message.notice(n.text()));
            }
        }
    }

    /** Tells the statement log that the current statement finished, then moves on to the next one. */
    public void logged(String outcome, boolean failed) {
        if (current < statements.size()) {
            long now = System.nanoTime();
            log.finished(connectionName, statements.get(current).sql(), (now - statementStartedNanos) / 1_000_000,
                    outcome, failed);
            statementStartedNanos = now;
        }
        current++;
    }

    /**
     * Ends the report: the status bar's summary, "sample.db · 3 statements, 40 rows, 12 ms". A long
     * script also ends its messages with that line, since its first outcomes have scrolled away.
     */
    public String finished(int statementCount) {
        String line = totals(statementCount, (System.nanoTime() - startedNanos) / 1_000_000);
        if (statementCount >= SUMMARY_IN_MESSAGES) {
            messages.add(Message.info(line));
        }
        return connectionName + " · " + line;
    }

    /** Scripts this long get their totals as a last message too: shorter ones show every line at a glance. */
    static final int SUMMARY_IN_MESSAGES = 10;

    /** "999 statements, 999 rows changed, 8.8 s": statements when more than one, rows read and changed. */
    public String totals(int statementCount, long millis) {
        StringBuilder line = new StringBuilder();
        if (statementCount > 1) {
            line.append(Wording.count(statementCount, "statement")).append(", ");
        }
        if (resultCounter > 0 || rowsChanged == 0) {
            line.append(Wording.count(rowsShown, "row")).append(", ");
        }
        if (rowsChanged > 0) {
            line.append(Wording.count(rowsChanged, "row")).append(" changed, ");
        }
        return line.append(Wording.duration(millis)).toString();
    }
}
