package dev.sextant.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the parameterized DML for one row's change. Names come from {@link EditTarget}
 * (quoted by the one helper); every value is a {@code ?}.
 *
 * <p>An UPDATE finds its row by the key's original values and, so a row someone else changed
 * since it was read is not overwritten, also checks the changed columns' original values, with
 * {@code IS NOT DISTINCT FROM} so that an original NULL matches.
 */
final class ChangeSql {

    private final EditTarget target;

    ChangeSql(EditTarget target) {
        this.target = target;
    }

    ChangeStatement update(RowRef row, Object[] original, Map<Integer, Object> cells) {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("UPDATE ").append(target.qualifiedName()).append(" SET ");
        String comma = "";
        for (Map.Entry<Integer, Object> cell : cells.entrySet()) {
            sql.append(comma).append(target.column(cell.getKey())).append(" = ?");
            values.add(cell.getValue());
            comma = ", ";
        }
        sql.append(whereKey(original, values));
        for (int column : cells.keySet()) {
            if (!target.key().contains(column)) {
                sql.append(" AND ").append(unchanged(column));
                values.add(original[column]);
            }
        }
        List<Object> keyAfter = new ArrayList<>();
        for (int k : target.key()) {
            keyAfter.add(cells.containsKey(k) ? cells.get(k) : original[k]);
        }
        return new ChangeStatement(ChangeStatement.Kind.UPDATE, sql.toString(), values, row,
                "row " + target.describeKey(original), key(original), keyAfter);
    }

    ChangeStatement delete(RowRef row, Object[] original) {
        List<Object> values = new ArrayList<>();
        String sql = "DELETE FROM " + target.qualifiedName() + whereKey(original, values);
        return new ChangeStatement(ChangeStatement.Kind.DELETE, sql, values, row,
                "row " + target.describeKey(original), key(original), null);
    }

    /** Only the columns given a value: defaults, identity and generated columns are the server's. */
    ChangeStatement insert(RowRef row, Map<Integer, Object> cells) {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(target.qualifiedName());
        if (cells.isEmpty()) {
            sql.append(" DEFAULT VALUES");
        } else {
            StringBuilder names = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            cells.keySet().stream().sorted().forEach(column -> {
                names.append(names.length() == 0 ? "" : ", ").append(target.column(column));
                marks.append(marks.length() == 0 ? "?" : ", ?");
                values.add(cells.get(column));
            });
            sql.append(" (").append(names).append(") VALUES (").append(marks).append(')');
        }
        sql.append(" RETURNING ").append(returning());
        return new ChangeStatement(ChangeStatement.Kind.INSERT, sql.toString(), values, row,
                "new row " + (row.index() + 1), null, null);
    }

    /** The result's columns, to read a saved row back as the grid shows it (computed ones as NULL). */
    String returning() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < target.columns().size(); i++) {
            list.append(i == 0 ? "" : ", ").append(target.names().get(i) == null ? "NULL" : target.column(i));
        }
        return list.toString();
    }

    private List<Object> key(Object[] original) {
        List<Object> key = new ArrayList<>();
        for (int k : target.key()) {
            key.add(original[k]);
        }
        return key;
    }

    /** " WHERE key = ? AND …" for the key's original values. */
    String whereKey(Object[] original, List<Object> values) {
        StringBuilder where = new StringBuilder(" WHERE ");
        String and = "";
        for (int k : target.key()) {
            where.append(and).append(target.column(k)).append(" = ?");
            values.add(original[k]);
            and = " AND ";
        }
        return where.toString();
    }

    private String unchanged(int column) {
        String name = target.column(column);
        if (ColumnTypes.comparedAsText(target.columns().get(column).typeName())) {
            // json, xml and geometric types have no "=": compare their text, as it was read.
            return "CAST(" + name + " AS TEXT) IS NOT DISTINCT FROM CAST(? AS TEXT)";
        }
        return name + " IS NOT DISTINCT FROM ?";
    }
}
