package dev.sextant.core.io;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SourceQuery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One export, start to finish, on the calling (background) thread: rows from their source into
 * a file of the chosen format, through a temporary file that takes the chosen name only when
 * complete. Every failure and a Cancel end in an {@link ExportException} with one sentence.
 */
public final class ExportJob {

    private static final int CHUNK = 1_000;

    private ExportJob() {
    }

    public static ExportSummary run(ExportSource source, ExportOptions options, Path file, ExportProgress progress) {
        long started = System.nanoTime();
        String note = ExportTarget.write(file, out -> {
            try {
                if (source instanceof ExportSource.Fetched fetched) {
                    return writeFetched(fetched, options, out, progress);
                }
                if (source instanceof ExportSource.OnConnection lent) {
                    return lent.lender().with(c -> writeQueryOn(c, lent.engine(), lent.query(), options, out, progress,
                            false));
                }
                ExportSource.Query query = (ExportSource.Query) source;
                try (Connection connection = ReadOnlyConnection.open(query.endpoint())) {
                    return writeQueryOn(connection, query.endpoint().spec().engine(), query.query(), options, out, progress,
                            true);
                }
            } catch (SQLException e) {
                progress.check(); // a statement stopped by Cancel reports the Cancel, not the server's error
                throw new ExportException(PlainError.of(e).sentence(), e);
            }
        });
        return new ExportSummary(file, progress.rows(), System.nanoTime() - started, note);
    }

    private static String writeFetched(ExportSource.Fetched fetched, ExportOptions options, OutputStream out,
                                       ExportProgress progress) throws IOException {
        FetchedRows rows = fetched.rows();
        RowWriter writer = RowWriter.open(options, fetched.columns(), out);
        for (long from = 0; from < rows.size(); from += CHUNK) {
            progress.check();
            List<Object[]> chunk = rows.range(from, Math.min(rows.size(), from + CHUNK));
            for (Object[] row : chunk) {
                writer.row(row);
            }
            progress.add(chunk.size());
        }
        writer.finish();
        return writer.note();
    }

    private static String writeQueryOn(Connection connection, Engine engine, SourceQuery query, ExportOptions options,
                                       OutputStream out, ExportProgress progress, boolean own)
            throws SQLException, IOException {
        DataTransfer transfer = DataTransfer.of(engine);
        if (transfer.exportsDirectly(query.sql(), !query.values().isEmpty(), options)) {
            transfer.exportDirectly(connection, query.sql(), options, out, progress);
            return "";
        }
        return QueryRows.write(connection, engine, query, options, out, progress, own);
    }
}
