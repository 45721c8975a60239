package dev.sextant.core.io;

import dev.sextant.core.connect.Engine;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/** How an engine loads a CSV file and, where it can, writes an export faster than row by row. */
public interface DataTransfer {

    static DataTransfer of(Engine engine) {
        return engine.required(DataTransfer.class);
    }

    /** The column type a new table gets for values of {@code type}. */
    String typeName(ColumnType type);

    /** The statement that loads the rows (a COPY, or an INSERT run once per row). */
    String loadSql(ImportPlan plan);

    /** Loads the file and returns the rows the database stored. */
    long load(Connection connection, ImportPlan plan, ImportProgress progress, BooleanSupplier cancelled)
            throws SQLException, IOException, CsvImportException;

    /** The load's failure with the file's line and value it names, or {@code error} itself. */
    Exception explainLoadFailure(ImportPlan plan, SQLException error);

    /** Whether {@link #exportDirectly} can write this query in these options. */
    boolean exportsDirectly(String sql, boolean hasValues, ExportOptions options);

    /** Writes the query's rows straight from the server (COPY TO STDOUT). */
    void exportDirectly(Connection connection, String sql, ExportOptions options, OutputStream out,
                        ExportProgress progress) throws SQLException, IOException;
}
