package dev.sextant.core.sqlite;

import dev.sextant.core.meta.CatalogNode.Kind;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogQuery;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.sql.Identifiers;

import dev.sextant.core.complete.NameSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.sextant.core.meta.CatalogQuery.facts;
import static dev.sextant.core.meta.CatalogQuery.yesNo;

/**
 * The tree of a SQLite file: the main database's tables and views at the top (most files have
 * nothing else), its Indexes and Triggers folders, then each attached database with the same
 * shape. A table or view expands to its columns.
 *
 * <p>ATTACH belongs to one connection, so a database attached in an editor tab is invisible to
 * the pooled connections the tree reads through; {@link #attach} records an attachment and
 * applies it to every pooled connection the reader borrows.
 */
public final class SqliteCatalog implements CatalogReader {

    private static final String OBJECTS = "SELECT type, name, tbl_name FROM %s.sqlite_schema "
            + "WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite!_%%' ESCAPE '!' ORDER BY type, name";
    private static final String PARTS = "SELECT name, tbl_name, sql FROM %s.sqlite_schema WHERE type = ? ORDER BY name";
    private static final String COLUMNS = "SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info(?, ?) ORDER BY cid";
    private static final String DATABASES = "SELECT name, file FROM pragma_database_list WHERE name NOT IN ('main', 'temp') ORDER BY seq";

    private final DataSource pool;
    private final Map<String, Path> attachments = new LinkedHashMap<>();

    public SqliteCatalog(DataSource pool) {
        this.pool = pool;
    }

    /** Attaches {@code file} as database {@code name} on every connection this reader uses. */
    public synchronized void attach(Path file, String name) {
        attachments.put(name, file.toAbsolutePath());
    }

    @Override
    public List<CatalogNode> children(CatalogNode parent) throws SQLException {
        try (Connection c = borrow()) {
            return switch (parent.kind()) {
                case CONNECTION -> withAttached(c, contents(c, "main"));
                case DATABASE -> contents(c, parent.schema());
                case TABLE, VIEW -> columns(c, parent);
                case FOLDER -> parts(c, parent);
                default -> List.of();
            };
        }
    }

    @Override
    public String ddl(CatalogNode relation) throws SQLException {
        try (Connection c = borrow()) {
            return SqliteDdl.of(c, relation);
        }
    }

    @Override
    public NameSource completionSource() {
        return new SqliteCompletionSource(this);
    }

    @Override
    public DataSource poolFor(CatalogNode node) {
        return pool;
    }

    /** A pooled connection with every recorded attachment in place. */
    public Connection borrow() throws SQLException {
        Connection c = pool.getConnection();
        try {
            attachMissing(c);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private void attachMissing(Connection c) throws SQLException {
        Map<String, Path> wanted;
        synchronized (this) {
            wanted = new LinkedHashMap<>(attachments);
        }
        if (wanted.isEmpty()) {
            return;
        }
        CatalogQuery.list(c, "SELECT name FROM pragma_database_list", rs -> rs.getString(1)).forEach(wanted::remove);
        for (Map.Entry<String, Path> e : wanted.entrySet()) {
            try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS " + Identifiers.quote(e.getKey()))) {
                ps.setString(1, e.getValue().toString());
                ps.execute();
            }
        }
    }

    private static List<CatalogNode> withAttached(Connection c, List<CatalogNode> main) throws SQLException {
        List<CatalogNode> nodes = new ArrayList<>(main);
        nodes.addAll(CatalogQuery.list(c, DATABASES, rs -> CatalogNode.object(Kind.DATABASE, rs.getString(1), null,
                rs.getString(1), null, facts("File", rs.getString(2)))));
        return nodes;
    }

    private static List<CatalogNode> contents(Connection c, String schema) throws SQLException {
        List<CatalogNode> nodes = new ArrayList<>(CatalogQuery.list(c, OBJECTS.formatted(Identifiers.quote(schema)),
                rs -> CatalogNode.object(rs.getString(1).equals("view") ? Kind.VIEW : Kind.TABLE,
                        rs.getString(2), null, schema, null, null)));
        nodes.add(CatalogNode.folder("Indexes", Kind.INDEX, null, schema, null));
        nodes.add(CatalogNode.folder("Triggers", Kind.TRIGGER, null, schema, null));
        return nodes;
    }

    private static List<CatalogNode> parts(Connection c, CatalogNode folder) throws SQLException {
        String type = folder.contents() == Kind.INDEX ? "index" : "trigger";
        return CatalogQuery.list(c, PARTS.formatted(Identifiers.quote(folder.schema())), rs ->
                new CatalogNode(folder.contents(), rs.getString(1), null, folder.schema(), rs.getString(2), null,
                        "on " + rs.getString(2), facts("Definition", rs.getString(3))), type);
    }

    private static List<CatalogNode> columns(Connection c, CatalogNode relation) throws SQLException {
        CatalogNode folder = CatalogNode.folder("Columns", Kind.COLUMN, null, relation.schema(), relation.name());
        return CatalogQuery.list(c, COLUMNS, rs -> {
            String type = rs.getString(2).isBlank() ? "any" : rs.getString(2).toLowerCase();
            boolean notNull = rs.getInt(3) != 0;
            boolean key = rs.getInt(4) > 0;
            String detail = type + (key ? ", primary key" : notNull ? ", not null" : "");
            return CatalogNode.part(Kind.COLUMN, rs.getString(1), folder, detail, facts("Type", type,
                    "Nullable", yesNo(!notNull), "Default", rs.getString(5), "Primary key", key ? "yes" : null));
        }, relation.name(), relation.schema());
    }
}
