package dev.sextant.core.sqlite;

import dev.sextant.core.io.ColumnType;
import dev.sextant.core.io.CsvImportException;
import dev.sextant.core.io.DataTransfer;
import dev.sextant.core.io.ExportOptions;
import dev.sextant.core.io.ExportProgress;
import dev.sextant.core.io.ImportPlan;
import dev.sextant.core.io.ImportProgress;
import dev.sextant.core.sql.Identifiers;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** SQLite imports with one prepared INSERT per row in batches, and exports row by row. */
final class SqliteTransfer implements DataTransfer {

    static final SqliteTransfer INSTANCE = new SqliteTransfer();

    private SqliteTransfer() {
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type) {
            case INTEGER, BIGINT -> "INTEGER";
            case NUMERIC -> "NUMERIC";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP, TIMESTAMPTZ -> "TIMESTAMP";
            default -> "TEXT";
        };
    }

    @Override
    public String loadSql(ImportPlan plan) {
        String names = plan.kept().stream().map(c -> Identifiers.quote(c.name())).collect(Collectors.joining(", "));
        String marks = plan.kept().stream().map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + plan.target().sql() + " (" + names + ") VALUES (" + marks + ")";
    }

    @Override
    public long load(Connection connection, ImportPlan plan, ImportProgress progress, BooleanSupplier cancelled)
            throws SQLException, IOException, CsvImportException {
        return SqliteCsvLoad.load(connection, plan, progress, cancelled);
    }

    @Override
    public Exception explainLoadFailure(ImportPlan plan, SQLException error) {
        return error;
    }

    @Override
    public boolean exportsDirectly(String sql, boolean hasValues, ExportOptions options) {
        return false;
    }

    @Override
    public void exportDirectly(Connection connection, String sql, ExportOptions options, OutputStream out,
                               ExportProgress progress) {
        throw new UnsupportedOperationException("SQLite has no COPY; export row by row");
    }
}
