package dev.sextant.core.postgres;

import dev.sextant.core.complete.Catalog;
import dev.sextant.core.meta.CatalogQuery;
import dev.sextant.core.complete.NameSource;
import dev.sextant.core.complete.Suggestion;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A PostgreSQL database's names for completion, read through the metadata pool in four queries
 * whatever the number of tables: every table's columns come in one pass over pg_attribute. The
 * keywords are the server's own ({@code pg_get_keywords}), so a name is quoted exactly when
 * this server version needs it (any keyword but the unreserved ones).
 */
public final class PostgresCompletionSource implements NameSource {

    private static final String OUTSIDE_SYSTEM = "n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'";
    private static final String SCHEMAS = "SELECT n.nspname FROM pg_namespace n WHERE " + OUTSIDE_SYSTEM
            + " AND has_schema_privilege(n.oid, 'USAGE') ORDER BY 1";
    private static final String SEARCH_PATH = "SELECT unnest(current_schemas(true))";
    private static final String COLUMNS = """
            SELECT n.nspname, c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND (%s OR n.nspname = 'pg_catalog')
            ORDER BY n.nspname, c.relname, a.attnum""".formatted(OUTSIDE_SYSTEM);
    private static final String FUNCTIONS = """
            SELECT n.nspname, p.proname,
                   '(' || pg_get_function_identity_arguments(p.oid) || ') → ' || pg_get_function_result(p.oid)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'a', 'w') AND (%s OR n.nspname = 'pg_catalog')
            ORDER BY n.nspname, p.proname""".formatted(OUTSIDE_SYSTEM);
    private static final String KEYWORDS = "SELECT upper(word), catcode FROM pg_get_keywords() ORDER BY 1";

    private final DataSource pool;

    /** Reads through {@code pool}: the database's metadata pool, never an editor tab's session. */
    public PostgresCompletionSource(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Catalog read() throws SQLException {
        try (Connection c = pool.getConnection()) {
            List<String> keywords = new ArrayList<>();
            Set<String> reserved = new HashSet<>();
            CatalogQuery.list(c, KEYWORDS, rs -> {
                keywords.add(rs.getString(1));
                if (!"U".equals(rs.getString(2))) {
                    reserved.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
                return null;
            });
            List<Catalog.Function> functions = CatalogQuery.list(c, FUNCTIONS,
                    rs -> new Catalog.Function(rs.getString(1), rs.getString(2), rs.getString(3)));
            return new Catalog(CatalogQuery.list(c, SCHEMAS, rs -> rs.getString(1)),
                    CatalogQuery.list(c, SEARCH_PATH, rs -> rs.getString(1)), relations(c), functions,
                    keywords, reserved);
        }
    }

    private static List<Catalog.Relation> relations(Connection c) throws SQLException {
        RelationRows rows = new RelationRows();
        CatalogQuery.list(c, COLUMNS, rs -> {
            rows.add(rs);
            return null;
        });
        return rows.finish();
    }

    /** Folds the one-row-per-column answer into relations, in order. */
    private static final class RelationRows {
        private final List<Catalog.Relation> relations = new ArrayList<>();
        private String schema;
        private String name;
        private Suggestion.Kind kind;
        private List<Catalog.Column> columns = new ArrayList<>();

        void add(ResultSet rs) throws SQLException {
            if (!rs.getString(1).equals(schema) || !rs.getString(2).equals(name)) {
                finish();
                schema = rs.getString(1);
                name = rs.getString(2);
                String relkind = rs.getString(3);
                kind = relkind.equals("v") || relkind.equals("m") ? Suggestion.Kind.VIEW : Suggestion.Kind.TABLE;
            }
            if (rs.getString(4) != null) {
                columns.add(new Catalog.Column(rs.getString(4), rs.getString(5)));
            }
        }

        List<Catalog.Relation> finish() {
            if (name != null) {
                relations.add(new Catalog.Relation(schema, name, kind, columns));
                columns = new ArrayList<>();
                name = null;
            }
            return relations;
        }
    }
}
