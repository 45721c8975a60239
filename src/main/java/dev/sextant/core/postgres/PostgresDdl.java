package dev.sextant.core.postgres;

import dev.sextant.core.meta.CatalogNode.Kind;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogQuery;
import dev.sextant.core.sql.Identifiers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of a PostgreSQL table, view or materialized view, rebuilt from the catalog the way
 * pg_dump would write it: columns with types, defaults and NOT NULL, constraints
 * (pg_get_constraintdef), indexes that no constraint owns (pg_get_indexdef), triggers and
 * comments. A serial column is written as {@code serial}, so the DDL runs in a fresh database
 * that does not have the table's sequence yet.
 */
public final class PostgresDdl {

    private static final String COLUMNS = """
            SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid),
                   a.attidentity::text, a.attgenerated::text,
                   pg_get_serial_sequence(?, a.attname) IS NOT NULL AND a.attidentity = ''
                     AND pg_get_expr(ad.adbin, ad.adrelid) LIKE 'nextval(%',
                   quote_literal(col_description(a.attrelid, a.attnum))
            FROM pg_attribute a
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum""";
    private static final String CONSTRAINTS = """
            SELECT k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k
            WHERE k.conrelid = ?::regclass AND k.contype IN ('p', 'u', 'c', 'x', 'f')
            ORDER BY position(k.contype::text IN 'pucxf'), k.conname""";
    // Indexes behind a primary key, unique or exclusion constraint come with the constraint.
    private static final String INDEXES = """
            SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
            WHERE i.indrelid = ?::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
            ORDER BY ic.relname""";
    private static final String TRIGGERS = """
            SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t
            WHERE t.tgrelid = ?::regclass AND NOT t.tgisinternal ORDER BY t.tgname""";
    private static final String COMMENT = "SELECT quote_literal(obj_description(?::regclass, 'pg_class'))";
    private static final String VIEW = "SELECT pg_get_viewdef(?::regclass, true)";

    private PostgresDdl() {
    }

    /** The statements that recreate {@code relation}, each ending with a semicolon. */
    public static String of(Connection c, CatalogNode relation) throws SQLException {
        String name = relation.qualifiedName();
        List<String> statements = new ArrayList<>();
        switch (relation.kind()) {
            case TABLE -> {
                statements.add(createTable(c, name));
                statements.addAll(single(c, INDEXES, name, ";"));
                statements.addAll(single(c, TRIGGERS, name, ";"));
            }
            case VIEW -> statements.add("CREATE VIEW " + name + " AS\n" + viewBody(c, name) + ";");
            case MATERIALIZED_VIEW -> {
                statements.add("CREATE MATERIALIZED VIEW " + name + " AS\n" + viewBody(c, name) + "\nWITH DATA;");
                statements.addAll(single(c, INDEXES, name, ";"));
            }
            default -> throw new IllegalArgumentException("No DDL for a " + relation.kind());
        }
        statements.addAll(comments(c, relation, name));
        return String.join("\n\n", statements) + "\n";
    }

    private static String createTable(Connection c, String name) throws SQLException {
        List<String> lines = new ArrayList<>(CatalogQuery.list(c, COLUMNS, rs -> column(
                rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getBoolean(7)), name, name));
        lines.addAll(CatalogQuery.list(c, CONSTRAINTS,
                rs -> "CONSTRAINT " + Identifiers.quote(rs.getString(1)) + " " + rs.getString(2), name));
        return "CREATE TABLE " + name + " (\n    " + String.join(",\n    ", lines) + "\n);";
    }

    private static String column(String column, String type, boolean notNull, String defaultValue,
                                 String identity, String generated, boolean serial) {
        StringBuilder sql = new StringBuilder(Identifiers.quote(column)).append(' ');
        if (serial) {
            sql.append(serialType(type));
        } else {
            sql.append(type);
            if ("s".equals(generated)) {
                sql.append(" GENERATED ALWAYS AS (").append(defaultValue).append(") STORED");
            } else if (defaultValue != null) {
                sql.append(" DEFAULT ").append(defaultValue);
            }
            if ("a".equals(identity) || "d".equals(identity)) {
                sql.append(" GENERATED ").append("a".equals(identity) ? "ALWAYS" : "BY DEFAULT").append(" AS IDENTITY");
            }
        }
        return notNull ? sql.append(" NOT NULL").toString() : sql.toString();
    }

    private static String serialType(String type) {
        return switch (type) {
            case "bigint" -> "bigserial";
            case "smallint" -> "smallserial";
            default -> "serial";
        };
    }

    private static String viewBody(Connection c, String name) throws SQLException {
        String body = single(c, VIEW, name, "").get(0).strip();
        return body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
    }

    private static List<String> comments(Connection c, CatalogNode relation, String name) throws SQLException {
        List<String> out = new ArrayList<>();
        String what = switch (relation.kind()) {
            case VIEW -> "VIEW";
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW";
            default -> "TABLE";
        };
        String comment = single(c, COMMENT, name, "").get(0);
        if (comment != null) {
            out.add("COMMENT ON " + what + " " + name + " IS " + comment + ";");
        }
        if (relation.kind() == Kind.TABLE) {
            out.addAll(CatalogQuery.list(c, COLUMNS, rs -> rs.getString(8) == null ? null
                    : "COMMENT ON COLUMN " + name + "." + Identifiers.quote(rs.getString(1)) + " IS " + rs.getString(8) + ";",
                    name, name).stream().filter(s -> s != null).toList());
        }
        return out;
    }

    /** The first column of each row of a query about the relation, with {@code end} appended. */
    private static List<String> single(Connection c, String sql, String name, String end) throws SQLException {
        return CatalogQuery.list(c, sql, rs -> rs.getString(1) == null ? null : rs.getString(1) + end, name);
    }
}
