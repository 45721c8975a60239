package dev.sextant.core.sqlite;

import dev.sextant.core.complete.Catalog;
import dev.sextant.core.meta.CatalogQuery;
import dev.sextant.core.complete.NameSource;
import dev.sextant.core.complete.Suggestion;
import dev.sextant.core.sql.Identifiers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A SQLite file's names for completion: each attached database is a schema ({@code main} and
 * {@code temp} need no prefix), every table's columns in one query per database through
 * {@code pragma_table_info}, the functions the library has, and SQLite's keywords, all of which
 * it lets a name be only when quoted.
 */
public final class SqliteCompletionSource implements NameSource {

    private static final String DATABASES = "SELECT name FROM pragma_database_list ORDER BY seq";
    private static final String COLUMNS = "SELECT m.name, m.type, p.name, p.type FROM %s.sqlite_schema m "
            + "LEFT JOIN pragma_table_info(m.name, ?) p WHERE m.type IN ('table', 'view') "
            + "AND m.name NOT LIKE 'sqlite!_%%' ESCAPE '!' ORDER BY m.name, p.cid";
    private static final String FUNCTIONS = "SELECT DISTINCT name FROM pragma_function_list ORDER BY name";

    /** From https://sqlite.org/lang_keywords.html (3.45). */
    private static final List<String> KEYWORDS = Arrays.asList(("ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND "
            + "AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT "
            + "CONFLICT CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT "
            + "DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP EACH ELSE END ESCAPE EXCEPT EXCLUDE EXCLUSIVE "
            + "EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP GROUPS HAVING IF "
            + "IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN KEY "
            + "LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON OR "
            + "ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE RECURSIVE "
            + "REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS SAVEPOINT "
            + "SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING "
            + "VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH WITHOUT").split(" "));
    private static final Set<String> RESERVED = KEYWORDS.stream().map(k -> k.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    /** When the library was built without pragma_function_list: the core functions everyone has. */
    private static final List<String> CORE_FUNCTIONS = List.of("abs", "avg", "coalesce", "count", "date",
            "datetime", "group_concat", "ifnull", "instr", "json", "json_extract", "length", "lower", "ltrim",
            "max", "min", "nullif", "printf", "random", "replace", "round", "rtrim", "strftime", "substr",
            "sum", "time", "total", "trim", "typeof", "upper");

    private final SqliteCatalog tree;

    /** Reads through the tree's pooled connections, so databases attached for the tree are seen too. */
    public SqliteCompletionSource(SqliteCatalog tree) {
        this.tree = tree;
    }

    @Override
    public Catalog read() throws SQLException {
        try (Connection c = tree.borrow()) {
            List<String> schemas = CatalogQuery.list(c, DATABASES, rs -> rs.getString(1));
            List<Catalog.Relation> relations = new ArrayList<>();
            for (String schema : schemas) {
                relations.addAll(relations(c, schema));
            }
            return new Catalog(schemas, List.of("main", "temp"), relations, functions(c), KEYWORDS, RESERVED);
        }
    }

    private static List<Catalog.Relation> relations(Connection c, String schema) throws SQLException {
        Map<String, Catalog.Relation> byName = new LinkedHashMap<>();
        Map<String, List<Catalog.Column>> columns = new LinkedHashMap<>();
        CatalogQuery.list(c, COLUMNS.formatted(Identifiers.quote(schema)), rs -> {
            String name = rs.getString(1);
            List<Catalog.Column> own = columns.computeIfAbsent(name, n -> new ArrayList<>());
            byName.putIfAbsent(name, new Catalog.Relation(schema, name,
                    rs.getString(2).equals("view") ? Suggestion.Kind.VIEW : Suggestion.Kind.TABLE, List.of()));
            if (rs.getString(3) != null) {
                String type = rs.getString(4);
                own.add(new Catalog.Column(rs.getString(3), type == null || type.isBlank() ? "any" : type.toLowerCase(Locale.ROOT)));
            }
            return null;
        }, schema);
        return byName.values().stream()
                .map(r -> new Catalog.Relation(r.schema(), r.name(), r.kind(), columns.get(r.name()))).toList();
    }

    private static List<Catalog.Function> functions(Connection c) {
        List<String> names;
        try {
            names = CatalogQuery.list(c, FUNCTIONS, rs -> rs.getString(1));
        } catch (SQLException notBuiltIn) {
            names = CORE_FUNCTIONS; // the pragma is a compile-time option; the core functions are always there
        }
        return names.stream().map(n -> new Catalog.Function("main", n, "")).toList();
    }
}
