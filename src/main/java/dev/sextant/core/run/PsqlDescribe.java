package dev.sextant.core.run;

import dev.sextant.core.session.BoundValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * psql's describe commands ({@code \d}, {@code \dt}, {@code \dn}, {@code \df}, {@code \dv},
 * {@code \du}, {@code \l}, {@code \d name}) as catalog queries whose rows become result tabs: the
 * columns psql shows, simplified, system schemas left out as psql leaves them out. A name is a
 * bind parameter, never part of the SQL.
 *
 * @param sql    the catalog query
 * @param values its bound values
 */
record PsqlDescribe(String sql, List<BoundValue> values) {

    private static final String USER_SCHEMAS = " n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' ";

    private static String relations(String kinds) {
        return "SELECT n.nspname AS \"Schema\", c.relname AS \"Name\", CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' "
                + "WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' "
                + "WHEN 'p' THEN 'partitioned table' END AS \"Type\", pg_get_userbyid(c.relowner) AS \"Owner\" "
                + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN (" + kinds + ") AND"
                + USER_SCHEMAS + "AND pg_table_is_visible(c.oid) ORDER BY 1, 2";
    }

    private static final Map<String, String> LISTS = Map.of(
            "\\d", relations("'r','p','v','m','S','f'"),
            "\\dt", relations("'r','p'"),
            "\\dv", relations("'v'"),
            "\\dn", "SELECT n.nspname AS \"Name\", pg_get_userbyid(n.nspowner) AS \"Owner\" FROM pg_namespace n "
                    + "WHERE" + USER_SCHEMAS + "ORDER BY 1",
            "\\df", "SELECT n.nspname AS \"Schema\", p.proname AS \"Name\", pg_get_function_result(p.oid) AS \"Result data type\", "
                    + "pg_get_function_arguments(p.oid) AS \"Argument data types\", CASE p.prokind WHEN 'a' THEN 'agg' "
                    + "WHEN 'w' THEN 'window' WHEN 'p' THEN 'proc' ELSE 'func' END AS \"Type\" FROM pg_proc p "
                    + "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE" + USER_SCHEMAS
                    + "AND pg_function_is_visible(p.oid) ORDER BY 1, 2, 4",
            "\\du", "SELECT rolname AS \"Role name\", concat_ws(', ', CASE WHEN rolsuper THEN 'Superuser' END, "
                    + "CASE WHEN rolcreaterole THEN 'Create role' END, CASE WHEN rolcreatedb THEN 'Create DB' END, "
                    + "CASE WHEN NOT rolcanlogin THEN 'Cannot login' END) AS \"Attributes\" FROM pg_roles "
                    + "WHERE rolname NOT LIKE 'pg\\_%' ORDER BY 1",
            "\\l", "SELECT datname AS \"Name\", pg_get_userbyid(datdba) AS \"Owner\", pg_encoding_to_char(encoding) AS \"Encoding\", "
                    + "datcollate AS \"Collate\", datctype AS \"Ctype\" FROM pg_database ORDER BY 1");

    /** {@code \d name}: the relation's columns, as psql's first table of {@code \d name}. */
    private static final String COLUMNS = "SELECT a.attname AS \"Column\", format_type(a.atttypid, a.atttypmod) AS \"Type\", "
            + "CASE WHEN a.attnotnull THEN 'not null' ELSE '' END AS \"Nullable\", "
            + "coalesce(pg_get_expr(d.adbin, d.adrelid), '') AS \"Default\" FROM pg_attribute a "
            + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            + "WHERE a.attrelid = CAST(? AS text)::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";

    /** The query for {@code command} with its arguments; empty for a command that is no describe command. */
    static Optional<PsqlDescribe> of(String command, List<String> args) {
        String name = command.endsWith("+") ? command.substring(0, command.length() - 1) : command;
        if (name.equals("\\d") && !args.isEmpty()) {
            return Optional.of(new PsqlDescribe(COLUMNS, List.of(BoundValue.text(args.get(0)))));
        }
        return Optional.ofNullable(LISTS.get(name)).map(sql -> new PsqlDescribe(sql, List.of()));
    }
}
