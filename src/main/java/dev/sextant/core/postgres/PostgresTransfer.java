package dev.sextant.core.postgres;

import dev.sextant.core.io.ColumnType;
import dev.sextant.core.io.CsvFile;
import dev.sextant.core.io.CsvImportException;
import dev.sextant.core.io.DataTransfer;
import dev.sextant.core.io.ExportOptions;
import dev.sextant.core.io.ExportProgress;
import dev.sextant.core.io.ImportPlan;
import dev.sextant.core.io.ImportProgress;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.sql.Identifiers;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** PostgreSQL moves data with COPY: FROM STDIN for an import, TO STDOUT for an export it can spell. */
final class PostgresTransfer implements DataTransfer {

    static final PostgresTransfer INSTANCE = new PostgresTransfer();

    private static final Pattern COPY_WHERE = Pattern.compile("line (\\d+)(?:, column ([^:]+): \"(.*)\")?", Pattern.DOTALL);

    private PostgresTransfer() {
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type) {
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case NUMERIC -> "numeric";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMPTZ -> "timestamptz";
            case UUID -> "uuid";
            case TEXT -> "text";
        };
    }

    @Override
    public String loadSql(ImportPlan plan) {
        String names = plan.kept().stream().map(c -> Identifiers.quote(c.name())).collect(Collectors.joining(", "));
        String nulls = (plan.options().emptyIsNull() ? "FORCE_NULL (" : "FORCE_NOT_NULL (") + names + ")";
        String encoding = pgEncoding(plan) == null ? "" : ", ENCODING '" + pgEncoding(plan) + "'";
        return "COPY " + plan.target().sql() + " (" + names + ") FROM STDIN (FORMAT csv, HEADER "
                + plan.options().header() + ", DELIMITER " + literal(plan.options().delimiter()) + ", " + nulls
                + encoding + ")";
    }

    @Override
    public long load(Connection connection, ImportPlan plan, ImportProgress progress, BooleanSupplier cancelled)
            throws SQLException, IOException, CsvImportException {
        return PostgresCsvLoad.load(connection, plan, progress, cancelled);
    }

    /**
     * The server's sentence with the file's line, the column and the value it names (COPY counts
     * records, which a quoted newline makes differ from the file's lines).
     */
    @Override
    public Exception explainLoadFailure(ImportPlan plan, SQLException error) {
        if (!(error instanceof PSQLException e)) {
            return error;
        }
        ServerErrorMessage server = e.getServerErrorMessage();
        Matcher where = COPY_WHERE.matcher(server == null || server.getWhere() == null ? "" : server.getWhere());
        PlainError plain = PlainError.of(e);
        if (!where.find()) {
            return new CsvImportException(plain.sentence() + " Nothing was imported.", e);
        }
        long serverLine = Long.parseLong(where.group(1));
        long line = lineOf(plan, serverLine, sendsRawBytes(plan));
        String at = String.format("Line %,d", line > 0 ? line : serverLine);
        String column = where.group(2) == null ? "" : ", column " + where.group(2) + ", value '" + where.group(3) + "'";
        String retry = plan.target().existing() ? "" : " Change that column's type (text takes any value) and import again.";
        return new CsvImportException(at + column + ": " + plain.sentence() + " Nothing was imported." + retry, e);
    }

    @Override
    public boolean exportsDirectly(String sql, boolean hasValues, ExportOptions options) {
        return PostgresCopy.suits(sql, hasValues, options);
    }

    @Override
    public void exportDirectly(Connection connection, String sql, ExportOptions options, OutputStream out,
                               ExportProgress progress) throws SQLException, IOException {
        PostgresCopy.write(connection, sql, options, out, progress);
    }

    /**
     * Whether the file's bytes go to the server as they are: every column kept, in an encoding
     * PostgreSQL reads itself; otherwise each record is re-encoded as UTF-8.
     */
    static boolean sendsRawBytes(ImportPlan plan) {
        return pgEncoding(plan) != null && plan.kept().size() == plan.columns().size();
    }

    private static long lineOf(ImportPlan plan, long serverLine, boolean raw) {
        try {
            return CsvFile.startOfRecordAt(plan.file(), plan.options(), serverLine, !raw);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    private static String pgEncoding(ImportPlan plan) {
        String charset = plan.options().charset().name().toUpperCase(Locale.ROOT);
        return switch (charset) {
            case "UTF-8" -> "UTF8";
            case "WINDOWS-1252" -> "WIN1252";
            case "ISO-8859-1" -> "LATIN1";
            default -> null;
        };
    }

    private static String literal(char c) {
        return c == '\t' ? "E'\\t'" : "'" + c + "'";
    }
}
