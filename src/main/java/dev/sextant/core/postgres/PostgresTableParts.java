package dev.sextant.core.postgres;

import dev.sextant.core.meta.CatalogNode.Kind;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogQuery;
import dev.sextant.core.sql.Identifiers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static dev.sextant.core.meta.CatalogQuery.facts;
import static dev.sextant.core.meta.CatalogQuery.yesNo;

/**
 * The parts of one PostgreSQL table: columns, keys, indexes, triggers. The table is found by its
 * quoted qualified name cast to regclass, so odd names need no special handling.
 */
final class PostgresTableParts {

    private static final String COLUMNS = """
            SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid),
                   col_description(a.attrelid, a.attnum), a.attidentity::text, a.attgenerated::text
            FROM pg_attribute a
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum""";
    private static final String KEYS = """
            SELECT k.conname, k.contype::text, pg_get_constraintdef(k.oid), tn.nspname, t.relname
            FROM pg_constraint k
            LEFT JOIN pg_class t ON t.oid = k.confrelid LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
            WHERE k.conrelid = ?::regclass AND k.contype IN ('p', 'f', 'u')
            ORDER BY position(k.contype::text IN 'puf'), k.conname""";
    private static final String INDEXES = """
            SELECT ic.relname, pg_get_indexdef(i.indexrelid), i.indisunique, i.indisprimary,
                   pg_size_pretty(pg_relation_size(i.indexrelid))
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
            WHERE i.indrelid = ?::regclass
            ORDER BY ic.relname""";
    private static final String TRIGGERS = """
            SELECT t.tgname, pg_get_triggerdef(t.oid), t.tgenabled <> 'D'
            FROM pg_trigger t WHERE t.tgrelid = ?::regclass AND NOT t.tgisinternal
            ORDER BY t.tgname""";

    List<CatalogNode> columns(Connection c, CatalogNode folder) throws SQLException {
        return CatalogQuery.list(c, COLUMNS, rs -> {
            String type = rs.getString(2);
            boolean notNull = rs.getBoolean(3);
            return CatalogNode.part(Kind.COLUMN, rs.getString(1), folder, type + (notNull ? ", not null" : ""),
                    facts("Type", type, "Nullable", yesNo(!notNull), "Default", rs.getString(4),
                            "Identity", identity(rs.getString(6)), "Generated", "s".equals(rs.getString(7)) ? "stored" : null,
                            "Comment", rs.getString(5)));
        }, table(folder));
    }

    List<CatalogNode> keys(Connection c, CatalogNode folder) throws SQLException {
        return CatalogQuery.list(c, KEYS, rs -> {
            String kind = switch (rs.getString(2)) {
                case "p" -> "primary key";
                case "f" -> "foreign key";
                default -> "unique";
            };
            String target = rs.getString(5) == null ? null : rs.getString(4) + "." + rs.getString(5);
            return CatalogNode.part(Kind.KEY, rs.getString(1), folder, rs.getString(3),
                    facts("Kind", kind, "Definition", rs.getString(3), "References", target));
        }, table(folder));
    }

    List<CatalogNode> indexes(Connection c, CatalogNode folder) throws SQLException {
        return CatalogQuery.list(c, INDEXES, rs -> CatalogNode.part(Kind.INDEX, rs.getString(1), folder,
                rs.getBoolean(4) ? "primary key" : rs.getBoolean(3) ? "unique" : null,
                facts("Definition", rs.getString(2), "Unique", yesNo(rs.getBoolean(3)),
                        "Primary key", yesNo(rs.getBoolean(4)), "Size", rs.getString(5))), table(folder));
    }

    List<CatalogNode> triggers(Connection c, CatalogNode folder) throws SQLException {
        return CatalogQuery.list(c, TRIGGERS, rs -> CatalogNode.part(Kind.TRIGGER, rs.getString(1), folder,
                rs.getBoolean(3) ? null : "disabled",
                facts("Definition", rs.getString(2), "Enabled", yesNo(rs.getBoolean(3)))), table(folder));
    }

    private static String identity(String attidentity) {
        return switch (attidentity == null ? "" : attidentity) {
            case "a" -> "always";
            case "d" -> "by default";
            default -> null;
        };
    }

    private static String table(CatalogNode folder) {
        return Identifiers.qualified(folder.schema(), folder.table());
    }
}
