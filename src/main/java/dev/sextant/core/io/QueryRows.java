package dev.sextant.core.io;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.JdbcResultStream;
import dev.sextant.core.result.ResultStream;
import dev.sextant.core.session.BoundStatement;
import dev.sextant.core.session.SessionRules;
import dev.sextant.core.session.SourceQuery;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a statement and streams its rows into a {@link RowWriter} a page at a time, read the way
 * the grid reads them ({@link ResultStream}: PostgreSQL's own text, typed whole numbers), so an
 * export shows the same values as the grid. PostgreSQL streams only inside a transaction: the
 * connection's autocommit is turned off (the transaction is read-only and rolled back).
 */
final class QueryRows {

    static final int PAGE = 5_000;

    private QueryRows() {
    }

    /**
     * Returns the writer's note once every row is written. On a connection of its own ({@code own})
     * it opens a transaction to stream in and rolls it back after; on a lent one (the tab's
     * session) it leaves the transaction exactly as the lender set it up.
     */
    static String write(Connection connection, Engine engine, SourceQuery query, ExportOptions options,
                        OutputStream out, ExportProgress progress, boolean own) throws SQLException, IOException {
        if (own) {
            connection.setAutoCommit(false); // pgjdbc streams only inside a transaction
        }
        Statement statement = query.values().isEmpty() ? connection.createStatement()
                : BoundStatement.prepare(connection, engine, query.sql(), query.values());
        statement.setFetchSize(PAGE);
        progress.onCancel(() -> cancel(statement));
        boolean rows = statement instanceof PreparedStatement bound ? bound.execute() : statement.execute(query.sql());
        if (!rows) {
            statement.close();
            throw new ExportException("The statement returned no rows to export.");
        }
        try (JdbcResultStream stream = new JdbcResultStream(statement, statement.getResultSet(), () -> { },
                SessionRules.of(engine).valueFormats())) {
            RowWriter writer = RowWriter.open(options, stream.columns(), out);
            while (stream.isOpen()) {
                CompactRows page = stream.fetch(PAGE);
                progress.check();
                for (Object[] row : page) {
                    writer.row(row);
                }
                progress.add(page.size());
            }
            writer.finish();
            return writer.note();
        } finally {
            if (own) {
                connection.rollback();
            }
        }
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // Finished meanwhile: nothing to stop.
        }
    }
}
