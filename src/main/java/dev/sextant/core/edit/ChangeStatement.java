package dev.sextant.core.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One statement Save sends for one row: parameterized SQL, the values bound to its {@code ?}s
 * in order, and the row it concerns, so an error or a lost update can be told on that row.
 *
 * @param kind   what it does to the row
 * @param sql    the SQL, with a {@code ?} for every value
 * @param values the values, as the grid holds them (text, numbers, booleans, null)
 * @param row    which row it changes
 * @param label  how the user names that row: "row id=7", "new row 2"
 * @param keyBefore the row's key values as read (to look for it again), or null for an insert
 * @param keyAfter the row's key values once saved (to read it back), or null for a delete or insert
 */
public record ChangeStatement(Kind kind, String sql, List<Object> values, RowRef row, String label,
                              List<Object> keyBefore, List<Object> keyAfter) {

    public enum Kind { INSERT, UPDATE, DELETE }

    public ChangeStatement {
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        keyBefore = keyBefore == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(keyBefore));
        keyAfter = keyAfter == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(keyAfter));
    }

    /** The statement with its values listed after it, as the preview shows it (never sent that way). */
    public String preview() {
        StringBuilder text = new StringBuilder(sql).append(";");
        if (!values.isEmpty()) {
            text.append("  -- ");
            for (int i = 0; i < values.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(literal(values.get(i)));
            }
        }
        return text.toString();
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        return label + ": " + sql + " " + Arrays.toString(values.toArray());
    }
}
