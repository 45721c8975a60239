package dev.sextant.core.complete;

import java.util.List;

/**
 * A table in a statement's scope, as written: {@code shop.orders o}, a CTE's name, or a
 * subquery with its alias. Names are as the user wrote them (quotes removed; {@code quoted}
 * says whether they were quoted, so lookup can fold case or not).
 *
 * @param alias   the name the statement calls it by ({@code o}), or null when it has none
 * @param schema  the schema written before its name, or null
 * @param name    the table's name, or null for a subquery
 * @param derived the columns of a CTE or subquery, or null for a catalog table
 * @param natural whether it was joined with NATURAL JOIN
 * @param using   the columns named in its {@code USING (…)}, empty if none
 */
public record TableRef(String alias, String schema, String name, boolean quoted, Derived derived,
                       boolean natural, List<String> using) {

    public TableRef {
        using = List.copyOf(using);
    }

    /** Whether the statement can call it {@code qualifier}: by its alias, or by its name if it has none. */
    public boolean answersTo(String qualifier) {
        if (alias != null) {
            return alias.equalsIgnoreCase(qualifier);
        }
        return name != null && name.equalsIgnoreCase(qualifier);
    }

    TableRef joined(boolean isNatural, List<String> usingColumns) {
        return new TableRef(alias, schema, name, quoted, derived, isNatural, usingColumns);
    }

    /** The output of a subquery or CTE: its named columns, and which tables a {@code *} brings in. */
    public record Derived(List<OutputColumn> columns, List<TableRef> from) {
        public Derived {
            columns = List.copyOf(columns);
            from = List.copyOf(from);
        }

        static final Derived NOTHING_YET = new Derived(List.of(), List.of());
    }

    /** One item of a select list: a named column, or {@code *} / {@code t.*} ({@code name} null). */
    public record OutputColumn(String name, boolean star, String starQualifier) {
    }
}
