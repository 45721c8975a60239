package dev.sextant.core.sqlite;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.sextant.core.io.ColumnType;
import dev.sextant.core.io.CsvFile;
import dev.sextant.core.io.CsvImportException;
import dev.sextant.core.io.ImportColumn;
import dev.sextant.core.io.ImportPlan;
import dev.sextant.core.io.ImportProgress;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Loads a CSV file into SQLite with one prepared INSERT, sent in batches inside the step's one
 * transaction, each value bound as the type its column was inferred as: SQLite types values,
 * not columns, so a whole number bound as text would stay text.
 */
final class SqliteCsvLoad {

    private static final int BATCH = 1_000;

    private SqliteCsvLoad() {
    }

    static long load(Connection connection, ImportPlan plan, ImportProgress progress, BooleanSupplier cancelled)
            throws SQLException, IOException, CsvImportException {
        long size = Math.max(1, Files.size(plan.file()));
        AtomicLong read = new AtomicLong();
        List<ImportColumn> columns = plan.columns();
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(plan.loadSql());
             CsvReader<CsvRecord> reader = CsvFile.records(plan.file(), plan.options(), read)) {
            boolean header = plan.options().header();
            long batchStart = -1;
            for (CsvRecord record : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                batchStart = batchStart < 0 ? record.getStartingLineNumber() : batchStart;
                try {
                    bind(insert, record, columns, plan.options().emptyIsNull());
                } catch (IllegalArgumentException notOfItsType) {
                    throw new CsvImportException(String.format("Line %,d: %s. Nothing was imported.",
                            record.getStartingLineNumber(), notOfItsType.getMessage()));
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    send(insert, batchStart, record.getStartingLineNumber());
                    batchStart = -1;
                    if (cancelled.getAsBoolean()) {
                        throw new CsvImportException("The import was cancelled; nothing was imported.");
                    }
                    progress.at(rows, (double) read.get() / size);
                }
            }
            send(insert, batchStart, -1);
        }
        return rows;
    }

    /** Sends a batch; SQLite does not say which row of it failed, so the error names the batch's lines. */
    private static void send(PreparedStatement insert, long firstLine, long lastLine) throws CsvImportException {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            String lines = lastLine < 0 ? String.format("from line %,d on", firstLine)
                    : String.format("lines %,d–%,d", firstLine, lastLine);
            throw new CsvImportException("A row in " + lines + " was refused: "
                    + dev.sextant.core.session.PlainError.of(e).sentence() + " Nothing was imported.", e);
        }
    }

    private static void bind(PreparedStatement insert, CsvRecord record, List<ImportColumn> columns,
                             boolean emptyIsNull) throws SQLException {
        int at = 1;
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn column = columns.get(i);
            if (column.skip()) {
                continue;
            }
            String value = i < record.getFieldCount() ? record.getField(i) : "";
            if (value.isEmpty() && emptyIsNull) {
                insert.setNull(at++, Types.NULL);
            } else {
                bindTyped(insert, at++, column.type(), value);
            }
        }
    }

    private static void bindTyped(PreparedStatement insert, int at, ColumnType type, String value) throws SQLException {
        switch (type) {
            case INTEGER, BIGINT -> {
                try {
                    insert.setLong(at, Long.parseLong(value.strip()));
                } catch (NumberFormatException notWhole) {
                    insert.setString(at, value); // the user chose the type; SQLite keeps what does not fit
                }
            }
            case BOOLEAN -> insert.setInt(at, switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "t", "yes", "1" -> 1;
                case "false", "f", "no", "0" -> 0;
                default -> throw new IllegalArgumentException("'" + value + "' is not a boolean");
            });
            default -> insert.setString(at, value);
        }
    }
}
