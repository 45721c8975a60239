package dev.sextant.core.admin;

import dev.sextant.core.meta.CatalogNode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Drops a table, view or materialized view picked in the tree (the UI confirms first). */
public final class ObjectAdmin {

    private ObjectAdmin() {
    }

    /** The DROP statement for a tree node, its name quoted: {@code DROP TABLE "shop"."Mixed Case"}. */
    public static String dropSql(CatalogNode relation) {
        String what = switch (relation.kind()) {
            case TABLE -> "TABLE";
            case VIEW -> "VIEW";
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW";
            default -> throw new IllegalArgumentException("Only tables and views can be dropped here, not a "
                    + relation.kind());
        };
        return "DROP " + what + " " + relation.qualifiedName();
    }

    /**
     * Drops it on a connection of {@code pool} (use {@code reader.poolFor(node)}) in autocommit,
     * never in the user's editor transaction.
     */
    public static void drop(DataSource pool, CatalogNode relation) throws SQLException {
        String sql = dropSql(relation);
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(true);
            OwnConnection.execute(c, sql);
        }
    }
}
