package dev.sextant.core.io;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SqlSession;

import java.sql.SQLException;

/** Export sources the way the app makes them: a statement run in a session, its fetched rows, its source query. */
final class Sources {

    private Sources() {
    }

    /** Runs {@code sql} in a session of its own and fetches up to {@code max} rows, as the grid would. */
    static ExportSource.Fetched fetched(Endpoint endpoint, String sql, long max) throws SQLException {
        try (SqlSession session = SqlSession.open(endpoint)) {
            Outcome.Rows result = rows(session, sql);
            FetchedRows rows = new FetchedRows(result.result().rows());
            while (result.hasMore() && rows.size() < max) {
                rows.add(session.fetch(result.rest(), (int) Math.min(1_000, max - rows.size())));
            }
            return new ExportSource.Fetched(result.result().columns(), rows);
        }
    }

    /** What "all rows" exports: the statement the session ran, as its result remembers it. */
    static ExportSource.Query query(Endpoint endpoint, String sql) throws SQLException {
        try (SqlSession session = SqlSession.open(endpoint)) {
            return new ExportSource.Query(endpoint, rows(session, sql).source());
        }
    }

    private static Outcome.Rows rows(SqlSession session, String sql) throws SQLException {
        return session.execute(sql).stream().filter(o -> o instanceof Outcome.Rows).map(o -> (Outcome.Rows) o)
                .findFirst().orElseThrow();
    }
}
