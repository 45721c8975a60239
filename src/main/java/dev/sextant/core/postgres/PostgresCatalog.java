package dev.sextant.core.postgres;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.meta.CatalogNode.Kind;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogQuery;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.pool.ConnectionPools;

import dev.sextant.core.complete.NameSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static dev.sextant.core.meta.CatalogQuery.facts;
import static dev.sextant.core.meta.CatalogQuery.yesNo;

/**
 * The tree of a PostgreSQL server: databases (each read through its own pool, opened on first
 * expand) → schemas → folders of tables, views, materialized views, sequences and functions →
 * a table's columns, keys, indexes and triggers; and a Roles folder. Each call is one query.
 */
public final class PostgresCatalog implements CatalogReader {

    private static final String DATABASES = """
            SELECT d.datname, pg_get_userbyid(d.datdba), pg_encoding_to_char(d.encoding),
                   pg_size_pretty(pg_database_size(d.oid)), shobj_description(d.oid, 'pg_database')
            FROM pg_database d
            WHERE d.datallowconn AND NOT d.datistemplate AND has_database_privilege(d.oid, 'CONNECT')
            ORDER BY d.datname""";
    private static final String SCHEMAS = """
            SELECT n.nspname, pg_get_userbyid(n.nspowner), obj_description(n.oid, 'pg_namespace')
            FROM pg_namespace n
            WHERE n.nspname NOT IN ('information_schema', 'pg_toast')
              AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
              AND n.nspname <> 'pg_catalog' AND has_schema_privilege(n.oid, 'USAGE')
            ORDER BY n.nspname""";
    // One query for a whole folder, however many objects: sizes and comments come in the same row.
    // Sizes are the planner's page counts (as fresh as the last VACUUM/ANALYZE): asking for the
    // real size reads every table's files and made a 10,000-table schema take ~0.9 s instead of ~50 ms.
    private static final String RELATIONS = """
            SELECT c.relname, pg_get_userbyid(c.relowner), c.reltuples::bigint,
                   CASE WHEN c.relkind IN ('r', 'm', 'p') AND c.relpages > 0
                        THEN 'about ' || pg_size_pretty((c.relpages::bigint + coalesce(t.relpages, 0))
                                                        * current_setting('block_size')::bigint) END,
                   d.description, format_type(s.seqtypid, NULL)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            LEFT JOIN pg_sequence s ON s.seqrelid = c.oid
            LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
            WHERE n.nspname = ? AND c.relkind::text = ANY (?)
            ORDER BY c.relname""";
    private static final String FUNCTIONS = """
            SELECT p.proname, pg_get_function_identity_arguments(p.oid), pg_get_function_result(p.oid),
                   pg_get_userbyid(p.proowner), l.lanname, d.description
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
            LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
            WHERE n.nspname = ? AND p.prokind IN ('f', 'p')
            ORDER BY 1, 2""";
    private static final String ROLES = """
            SELECT r.rolname, r.rolcanlogin, r.rolsuper, r.rolcreatedb, r.rolcreaterole, r.rolinherit,
                   array_to_string(ARRAY(SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                                         WHERE m.member = r.oid ORDER BY 1), ', '),
                   shobj_description(r.oid, 'pg_authid')
            FROM pg_roles r WHERE r.rolname !~ '^pg_'
            ORDER BY 1""";

    private final ConnectionPools pools;
    private final Endpoint endpoint;
    private final PostgresTableParts parts = new PostgresTableParts();

    /** Reads {@code endpoint}'s server; each database through {@code pools.poolFor(endpoint.forDatabase(name))}. */
    public PostgresCatalog(ConnectionPools pools, Endpoint endpoint) {
        this.pools = pools;
        this.endpoint = endpoint;
    }

    @Override
    public List<CatalogNode> children(CatalogNode parent) throws SQLException {
        return switch (parent.kind()) {
            case CONNECTION -> databasesAndRoles();
            case DATABASE -> schemas(parent.name());
            case SCHEMA -> schemaFolders(parent);
            case TABLE -> tableFolders(parent, true);
            case MATERIALIZED_VIEW -> tableFolders(parent, false);
            case VIEW -> inPool(parent, c -> parts.columns(c, CatalogNode.folder("Columns", Kind.COLUMN,
                    parent.database(), parent.schema(), parent.name())));
            case FOLDER -> folderContents(parent);
            default -> List.of();
        };
    }

    @Override
    public String ddl(CatalogNode relation) throws SQLException {
        return inPool(relation, c -> PostgresDdl.of(c, relation));
    }

    @Override
    public NameSource completionSource() {
        return new PostgresCompletionSource(poolFor(CatalogNode.connection("")));
    }

    @Override
    public DataSource poolFor(CatalogNode node) {
        String database = node.database() == null ? endpoint.spec().database() : node.database();
        return pools.poolFor(database == null ? endpoint : endpoint.forDatabase(database));
    }

    private List<CatalogNode> folderContents(CatalogNode folder) throws SQLException {
        return inPool(folder, c -> switch (folder.contents()) {
            case TABLE -> relations(c, folder, "r", "p", "f");
            case VIEW -> relations(c, folder, "v");
            case MATERIALIZED_VIEW -> relations(c, folder, "m");
            case SEQUENCE -> relations(c, folder, "S");
            case FUNCTION -> functions(c, folder);
            case COLUMN -> parts.columns(c, folder);
            case KEY -> parts.keys(c, folder);
            case INDEX -> parts.indexes(c, folder);
            case TRIGGER -> parts.triggers(c, folder);
            case ROLE -> roles(c);
            default -> List.of();
        });
    }

    private List<CatalogNode> databasesAndRoles() throws SQLException {
        List<CatalogNode> nodes = new ArrayList<>(inPool(CatalogNode.connection(""), c ->
                CatalogQuery.list(c, DATABASES, rs -> CatalogNode.object(Kind.DATABASE, rs.getString(1),
                        rs.getString(1), null, null, facts("Owner", rs.getString(2), "Encoding", rs.getString(3),
                                "Size", rs.getString(4), "Comment", rs.getString(5))))));
        nodes.add(CatalogNode.folder("Roles", Kind.ROLE, null, null, null));
        return nodes;
    }

    private List<CatalogNode> schemas(String database) throws SQLException {
        CatalogNode db = CatalogNode.object(Kind.DATABASE, database, database, null, null, null);
        return inPool(db, c -> CatalogQuery.list(c, SCHEMAS, rs -> CatalogNode.object(Kind.SCHEMA, rs.getString(1),
                database, rs.getString(1), null, facts("Owner", rs.getString(2), "Comment", rs.getString(3)))));
    }

    private static List<CatalogNode> schemaFolders(CatalogNode schema) {
        String db = schema.database();
        String name = schema.name();
        return List.of(CatalogNode.folder("Tables", Kind.TABLE, db, name, null),
                CatalogNode.folder("Views", Kind.VIEW, db, name, null),
                CatalogNode.folder("Materialized views", Kind.MATERIALIZED_VIEW, db, name, null),
                CatalogNode.folder("Sequences", Kind.SEQUENCE, db, name, null),
                CatalogNode.folder("Functions", Kind.FUNCTION, db, name, null));
    }

    private static List<CatalogNode> tableFolders(CatalogNode table, boolean isTable) {
        String db = table.database();
        String schema = table.schema();
        String name = table.name();
        List<CatalogNode> folders = new ArrayList<>();
        folders.add(CatalogNode.folder("Columns", Kind.COLUMN, db, schema, name));
        if (isTable) {
            folders.add(CatalogNode.folder("Keys", Kind.KEY, db, schema, name));
        }
        folders.add(CatalogNode.folder("Indexes", Kind.INDEX, db, schema, name));
        if (isTable) {
            folders.add(CatalogNode.folder("Triggers", Kind.TRIGGER, db, schema, name));
        }
        return folders;
    }

    private static List<CatalogNode> relations(Connection c, CatalogNode folder, String... relkinds) throws SQLException {
        return CatalogQuery.list(c, RELATIONS, rs -> {
            long rows = rs.getLong(3);
            return CatalogNode.object(folder.contents(), rs.getString(1), folder.database(), folder.schema(),
                    rs.getString(6), facts("Rows (estimate)", folder.contents() == Kind.TABLE
                                    || folder.contents() == Kind.MATERIALIZED_VIEW ? rowEstimate(rows) : null,
                            "Size", rs.getString(4), "Owner", rs.getString(2), "Comment", rs.getString(5)));
        }, folder.schema(), relkinds);
    }

    /** reltuples is -1 until the table is first vacuumed or analyzed: say so rather than show -1. */
    private static String rowEstimate(long reltuples) {
        return reltuples < 0 ? "unknown (not analyzed yet)" : String.valueOf(reltuples);
    }

    private static List<CatalogNode> functions(Connection c, CatalogNode folder) throws SQLException {
        return CatalogQuery.list(c, FUNCTIONS, rs -> {
            String result = rs.getString(3);
            String detail = "(" + rs.getString(2) + ")" + (result == null ? " procedure" : " → " + result);
            return CatalogNode.object(Kind.FUNCTION, rs.getString(1), folder.database(), folder.schema(), detail,
                    facts("Owner", rs.getString(4), "Language", rs.getString(5), "Comment", rs.getString(6)));
        }, folder.schema());
    }

    private static List<CatalogNode> roles(Connection c) throws SQLException {
        return CatalogQuery.list(c, ROLES, rs -> {
            List<String> attributes = new ArrayList<>();
            String[] words = {"login", "superuser", "create database", "create role"};
            for (int i = 0; i < words.length; i++) {
                if (rs.getBoolean(i + 2)) {
                    attributes.add(words[i]);
                }
            }
            String detail = attributes.isEmpty() ? null : String.join(", ", attributes);
            return CatalogNode.object(Kind.ROLE, rs.getString(1), null, null, detail,
                    facts("Login", yesNo(rs.getBoolean(2)), "Superuser", yesNo(rs.getBoolean(3)),
                            "Create database", yesNo(rs.getBoolean(4)), "Create role", yesNo(rs.getBoolean(5)),
                            "Inherit", yesNo(rs.getBoolean(6)), "Member of", rs.getString(7),
                            "Comment", rs.getString(8)));
        });
    }

    /** Work on one connection borrowed from the pool of the node's database. */
    interface PoolWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inPool(CatalogNode node, PoolWork<T> work) throws SQLException {
        try (Connection c = poolFor(node).getConnection()) {
            return work.run(c);
        }
    }
}
