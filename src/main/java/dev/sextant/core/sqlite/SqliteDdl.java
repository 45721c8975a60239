package dev.sextant.core.sqlite;

import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogQuery;
import dev.sextant.core.sql.Identifiers;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The DDL of a SQLite table or view: SQLite keeps each object's CREATE statement as written,
 * so this is the table's own statement followed by those of its indexes and triggers.
 */
public final class SqliteDdl {

    // Automatic indexes (behind UNIQUE and PRIMARY KEY) have no SQL of their own and are skipped.
    private static final String SQL = "SELECT sql FROM %s.sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL "
            + "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'view' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name";

    private SqliteDdl() {
    }

    /** The statements that recreate {@code relation}, each ending with a semicolon. */
    public static String of(Connection c, CatalogNode relation) throws SQLException {
        String schema = relation.schema() == null ? "main" : relation.schema();
        return String.join("\n\n", CatalogQuery.list(c, SQL.formatted(Identifiers.quote(schema)),
                rs -> rs.getString(1) + ";", relation.name())) + "\n";
    }
}
