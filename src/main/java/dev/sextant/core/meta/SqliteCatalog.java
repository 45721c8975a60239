package dev.sextant.core.meta;

import dev.sextant.core.meta.CatalogNode.Kind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The tree of a SQLite file: its tables and views, then their columns. */
public final class SqliteCatalog implements CatalogReader {

    private final DataSource pool;

    public SqliteCatalog(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public List<CatalogNode> children(CatalogNode parent) throws SQLException {
        return switch (parent.kind()) {
            case CONNECTION -> tablesAndViews();
            case TABLE, VIEW -> columns(parent.name());
            default -> List.of();
        };
    }

    private List<CatalogNode> tablesAndViews() throws SQLException {
        String sql = "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') "
                + "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY type, name";
        List<CatalogNode> nodes = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Kind kind = rs.getString(1).equals("view") ? Kind.VIEW : Kind.TABLE;
                nodes.add(new CatalogNode(kind, rs.getString(2), "main", null, null));
            }
        }
        return nodes;
    }

    private List<CatalogNode> columns(String table) throws SQLException {
        String sql = "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid";
        List<CatalogNode> nodes = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(2).isBlank() ? "any" : rs.getString(2).toLowerCase();
                    String detail = type + (rs.getInt(4) > 0 ? ", primary key" : rs.getInt(3) != 0 ? ", not null" : "");
                    nodes.add(new CatalogNode(Kind.COLUMN, rs.getString(1), "main", table, detail));
                }
            }
        }
        return nodes;
    }
}
