package dev.sextant.core.meta;

import dev.sextant.core.meta.CatalogNode.Kind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The tree of one PostgreSQL database: schemas, their tables and views, then columns. */
public final class PostgresCatalog implements CatalogReader {

    private static final String SCHEMAS = """
            SELECT nspname FROM pg_namespace
            WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
              AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
              AND has_schema_privilege(oid, 'USAGE')
            ORDER BY nspname""";
    private static final String RELATIONS = """
            SELECT c.relkind, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            ORDER BY c.relkind IN ('v', 'm'), c.relname""";
    private static final String COLUMNS = """
            SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum""";

    private final DataSource pool;

    public PostgresCatalog(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public List<CatalogNode> children(CatalogNode parent) throws SQLException {
        return switch (parent.kind()) {
            case CONNECTION -> schemas();
            case SCHEMA -> relations(parent.name());
            case TABLE, VIEW -> columns(parent.schema(), parent.name());
            default -> List.of();
        };
    }

    private List<CatalogNode> schemas() throws SQLException {
        List<CatalogNode> nodes = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(SCHEMAS);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                nodes.add(new CatalogNode(Kind.SCHEMA, rs.getString(1), null, null, null));
            }
        }
        return nodes;
    }

    private List<CatalogNode> relations(String schema) throws SQLException {
        List<CatalogNode> nodes = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(RELATIONS)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    Kind k = kind.equals("v") || kind.equals("m") ? Kind.VIEW : Kind.TABLE;
                    nodes.add(new CatalogNode(k, rs.getString(2), schema, null, null));
                }
            }
        }
        return nodes;
    }

    private List<CatalogNode> columns(String schema, String table) throws SQLException {
        List<CatalogNode> nodes = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(COLUMNS)) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String detail = rs.getString(2) + (rs.getBoolean(3) ? ", not null" : "");
                    nodes.add(new CatalogNode(Kind.COLUMN, rs.getString(1), schema, table, detail));
                }
            }
        }
        return nodes;
    }
}
