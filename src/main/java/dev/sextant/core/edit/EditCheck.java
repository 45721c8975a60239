package dev.sextant.core.edit;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.ColumnOrigin;
import dev.sextant.core.result.ResultColumn;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a result can be edited: all its table columns come from one table, and it
 * includes a key of that table that finds exactly one row. Tables without a key stay read-only
 * (no ctid or "all columns" tricks: those update the wrong rows or break under VACUUM).
 */
public final class EditCheck {

    private EditCheck() {
    }

    /**
     * Reads the table's keys on a connection of its own to {@code endpoint}, so the check never runs
     * inside the user's transaction, then decides as {@link #of(List, TableKeys.Reader)} does.
     */
    public static Editability of(List<ResultColumn> columns, Endpoint endpoint) throws SQLException {
        try (Connection catalog = endpoint.connect()) {
            return of(columns, TableKeys.of(catalog));
        }
    }

    public static Editability of(List<ResultColumn> columns, TableKeys.Reader keys) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        ColumnOrigin first = null;
        for (ResultColumn column : columns) {
            ColumnOrigin origin = column.origin();
            if (origin != null) {
                tables.add(origin.schema() == null ? origin.table() : origin.schema() + "." + origin.table());
                first = first == null ? origin : first;
            }
        }
        if (first == null) {
            return Editability.readOnly("the result does not come from a table");
        }
        if (tables.size() > 1) {
            return Editability.readOnly("the result joins several tables (" + String.join(", ", tables) + ")");
        }
        TableKeys.Shape shape = keys.read(first.schema(), first.table());
        List<String> names = new ArrayList<>();
        for (ResultColumn column : columns) {
            // sqlite-jdbc reports a column renamed with AS under its new name: not one of the table's.
            String name = column.origin() == null ? null : column.origin().column();
            names.add(shape.columns().contains(name) ? name : null);
        }
        List<List<String>> tableKeys = shape.keys();
        if (tableKeys.isEmpty()) {
            return Editability.readOnly("table " + first.table() + " has no primary key or unique NOT NULL key");
        }
        for (List<String> key : tableKeys) {
            List<Integer> positions = positions(names, key);
            if (positions != null) {
                return new Editability.Editable(new EditTarget(first.schema(), first.table(), columns, names, positions));
            }
        }
        List<String> missing = new ArrayList<>(tableKeys.get(0));
        missing.removeAll(names);
        return Editability.readOnly("no primary key in the result — add " + String.join(", ", missing)
                + " to the SELECT");
    }

    /** Where each key column is in the result, or null when one is missing (a column shown twice counts once). */
    private static List<Integer> positions(List<String> names, List<String> key) {
        List<Integer> positions = new ArrayList<>();
        for (String column : key) {
            int at = names.indexOf(column);
            if (at < 0) {
                return null;
            }
            positions.add(at);
        }
        return positions;
    }
}
