package dev.sextant.core.edit;

import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.sql.Identifiers;

import java.util.List;

/**
 * The one table an editable result comes from, and how its rows are found again.
 *
 * @param schema  the table's schema, or null where the engine has none to report
 * @param table   the table's name
 * @param columns the result's columns, in result order
 * @param names   for each result column, the table column it shows, or null for a computed value
 * @param key     the result positions of the key that finds one row (primary key, or a unique
 *                key whose columns are all NOT NULL)
 */
public record EditTarget(String schema, String table, List<ResultColumn> columns, List<String> names,
                         List<Integer> key) {

    public EditTarget {
        columns = List.copyOf(columns);
        names = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(names));
        key = List.copyOf(key);
    }

    /** The table as SQL, quoted by the one helper. */
    public String qualifiedName() {
        return Identifiers.qualified(schema, table);
    }

    /** Column {@code index} of the result as SQL, or an exception for a computed one. */
    public String column(int index) {
        String name = names.get(index);
        if (name == null) {
            throw new IllegalArgumentException(columns.get(index).label() + " is computed, not a column of " + table);
        }
        return Identifiers.quote(name);
    }

    /** Whether the user may type a value into column {@code index} (a table column, not bytea). */
    public boolean editable(int index) {
        return names.get(index) != null && !ColumnTypes.binary(columns.get(index).typeName());
    }

    /** "id=7" or "(a=1, b=x)": how the user recognises a row by its key. */
    public String describeKey(Object[] row) {
        StringBuilder text = new StringBuilder();
        for (int k : key) {
            text.append(text.length() == 0 ? "" : ", ").append(columns.get(k).label()).append('=').append(row[k]);
        }
        return key.size() == 1 ? text.toString() : "(" + text + ")";
    }
}
