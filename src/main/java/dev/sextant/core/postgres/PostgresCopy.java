package dev.sextant.core.postgres;

import dev.sextant.core.io.ExportOptions;
import dev.sextant.core.io.ExportProgress;
import dev.sextant.core.sql.CommandName;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * CSV and TSV of a whole PostgreSQL result written by the server itself: {@code COPY (query) TO
 * STDOUT}, the path psql's {@code \copy} takes, so the file is byte for byte what psql writes
 * and no value passes through a Java type. The server sends one message a row, which is how
 * rows are counted and where Cancel is checked.
 */
final class PostgresCopy {

    /** What COPY accepts inside its parentheses (and an export should run): queries. */
    private static final Set<String> QUERIES = Set.of("SELECT", "WITH", "VALUES", "TABLE");

    private PostgresCopy() {
    }

    /** Whether this export can go through COPY: a query without bound values, options COPY can spell. */
    static boolean suits(String sql, boolean hasValues, ExportOptions options) {
        return !hasValues && options.format().copyable() && options.charset().equals(StandardCharsets.UTF_8)
                && QUERIES.contains(CommandName.of(sql)) && ascii(options.delimiter()) && ascii(options.quote())
                && options.nullText().chars().noneMatch(c -> c == '\n' || c == '\r' || c == options.delimiter()
                        || c == options.quote());
    }

    private static boolean ascii(char c) {
        return c > 0 && c < 128;
    }

    static void write(Connection connection, String sql, ExportOptions options, OutputStream out,
                      ExportProgress progress) throws SQLException, IOException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        if (options.bom()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        progress.onCancel(() -> cancel(pg));
        CopyOut copy = pg.getCopyAPI().copyOut(copyStatement(sql, options));
        try {
            boolean header = options.header();
            byte[] row;
            while ((row = copy.readFromCopy()) != null) {
                out.write(row);
                if (header) {
                    header = false;
                } else {
                    progress.add(1);
                }
                if (progress.isCancelled()) {
                    copy.cancelCopy();
                    progress.check();
                }
            }
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The statement: option values are SQL literals (COPY takes no parameters). */
    static String copyStatement(String sql, ExportOptions options) {
        return "COPY (\n" + withoutTrailingSemicolons(sql) + "\n) TO STDOUT WITH (FORMAT csv, HEADER "
                + options.header() + ", DELIMITER " + literal(String.valueOf(options.delimiter()))
                + ", QUOTE " + literal(String.valueOf(options.quote())) + ", NULL " + literal(options.nullText()) + ")";
    }

    private static String withoutTrailingSemicolons(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void cancel(PGConnection pg) {
        try {
            pg.cancelQuery();
        } catch (SQLException ignored) {
            // The COPY ended meanwhile: nothing to stop.
        }
    }
}
