package dev.sextant.ui.results;

import dev.sextant.core.run.Message;
import dev.sextant.core.run.RunResult;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SourceQuery;

import java.util.List;
import java.util.function.Consumer;

/**
 * A query Sextant builds for the user (a result sorted or filtered on the server, the rows a
 * transaction wrote), run on the tab's own session through its view model like any statement:
 * the tab is busy meanwhile and the transaction indicator is read back after it. It runs behind a
 * savepoint in a transaction, so a query of ours that fails leaves the user's transaction as it was.
 */
public final class ResultRequest {

    private ResultRequest() {
    }

    /** Runs {@code query}; its result comes to {@code done}, titled {@code title}; an error goes to the messages and {@code failed}. */
    public static void run(ResultHost model, SourceQuery query, String title, Consumer<RunResult> done,
                           Consumer<PlainError> failed) {
        model.runOnSession(session -> {
            long started = System.nanoTime();
            List<Outcome> outcomes = session.executeOwnQuery(query.sql(), query.values());
            return new Ran(outcomes, (System.nanoTime() - started) / 1_000_000);
        }, ran -> {
            Outcome.Rows rows = ran.outcomes().stream().filter(o -> o instanceof Outcome.Rows)
                    .map(o -> (Outcome.Rows) o).findFirst().orElse(null);
            if (rows == null) {
                failed.accept(new PlainError("The query gave no rows to show.", "", "", -1));
                return;
            }
            done.accept(new RunResult(title, rows, ran.millis()));
        }, error -> {
            PlainError plain = PlainError.of(error);
            model.messages().add(Message.error(plain.text(), plain.detail()));
            failed.accept(plain);
        });
    }

    private record Ran(List<Outcome> outcomes, long millis) {
    }
}
