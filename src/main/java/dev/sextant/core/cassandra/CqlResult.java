package dev.sextant.core.cassandra;

import dev.sextant.core.result.QueryResult;
import dev.sextant.core.session.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * What one CQL statement produced: its first page of rows (when it returns rows) with the rest
 * still to be read, how the request was served, the keyspace it switched to ({@code USE}) and its
 * trace when tracing was on.
 *
 * @param command     the statement's command words ("SELECT", "CREATE TABLE")
 * @param rows        the first page, or null for a statement that returns no rows
 * @param rest        the pages still to read (open while more may follow), or null
 * @param facts       the consistency level used and the coordinator that answered
 * @param newKeyspace the session's keyspace after a statement that changed it, else null
 * @param trace       the request's trace, or null when tracing was off
 */
public record CqlResult(String command, QueryResult rows, CqlPages rest, RequestFacts facts, String newKeyspace,
                        QueryTrace trace) {

    public boolean hasRows() {
        return rows != null;
    }

    public boolean hasMore() {
        return rest != null && rest.isOpen();
    }

    /**
     * The lines for the messages list, in order: the statement done (when it returned no rows),
     * the server's warnings, the keyspace change, then how it was served.
     */
    public List<Outcome> messages() {
        List<Outcome> out = new ArrayList<>();
        if (rows == null) {
            out.add(new Outcome.Done(command));
        }
        facts.warnings().forEach(warning -> out.add(new Outcome.Notice("Warning from Cassandra: " + warning)));
        if (newKeyspace != null) {
            out.add(new Outcome.Notice("Keyspace is now " + newKeyspace + "."));
        }
        out.add(new Outcome.Notice(command + ": " + facts.describe()));
        return out;
    }
}
