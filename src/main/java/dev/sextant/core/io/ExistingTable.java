package dev.sextant.core.io;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the table an import names exists, and its columns: then the file's columns are matched
 * to them by name (ignoring case), and a file column the table lacks is left out, never guessed.
 */
public final class ExistingTable {

    private ExistingTable() {
    }

    /** As {@link #columns(Connection, String, String)}, on a connection borrowed from {@code pool} and given back. */
    public static Optional<List<String>> columns(DataSource pool, String schema, String table) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return columns(connection, schema, table);
        }
    }

    /** The table's columns in order, or empty when there is no such table. Read through the pool, not the tab's session. */
    public static Optional<List<String>> columns(Connection connection, String schema, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> columns = new ArrayList<>();
        String in = schema != null ? schema : connection.getSchema();
        try (ResultSet rs = meta.getColumns(null, in, table, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equals(table)) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }

    /** The plan appending to {@code target}: each file column named as the table's column it matches, or skipped. */
    public static ImportPlan appendTo(ImportPlan plan, ImportTarget target, List<String> header) {
        List<ImportColumn> columns = new ArrayList<>();
        for (int i = 0; i < plan.columns().size(); i++) {
            ImportColumn column = plan.columns().get(i);
            String wanted = i < header.size() ? header.get(i).strip() : column.name();
            Optional<String> match = target.existingColumns().stream()
                    .filter(c -> c.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))).findFirst();
            if (!plan.options().header() && i < target.existingColumns().size()) {
                match = Optional.of(target.existingColumns().get(i)); // no header: by position
            }
            columns.add(match.map(column::withName).map(c -> c.withSkip(false)).orElse(column.withSkip(true)));
        }
        return plan.withTarget(target).withColumns(columns);
    }
}
