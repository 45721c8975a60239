package dev.sextant.core.run;

import dev.sextant.core.session.Outcome;
import dev.sextant.core.text.Wording;

import java.util.ArrayList;
import java.util.List;

/** Told about every statement a tab finished running (the query history listens), on the FX thread. */
@FunctionalInterface
public interface StatementLog {

    StatementLog NONE = (connection, sql, millis, outcome, failed) -> { };

    /**
     * @param connection the connection's display name
     * @param sql        the statement as run
     * @param millis     how long it took
     * @param outcome    rows, update counts or the error's sentence
     * @param failed     whether it ended in an error
     */
    void finished(String connection, String sql, long millis, String outcome, boolean failed);

    /** "12 rows", "INSERT: 1 row", "CREATE: done": what a statement gave, in one line. */
    static String describe(List<Outcome> outcomes) {
        List<String> parts = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Rows r) {
                int shown = r.result().rows().size();
                parts.add(r.hasMore() ? Wording.number(shown) + "+ rows" : Wording.count(shown, "row"));
            } else if (outcome instanceof Outcome.UpdateCount u) {
                parts.add(u.describe());
            } else if (outcome instanceof Outcome.Done d) {
                parts.add(d.command() + ": done");
            }
        }
        return String.join("; ", parts);
    }
}
