package dev.sextant.core.edit;

import dev.sextant.core.text.Wording;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The changes the user made in the grid and has not saved: cells typed over or set to NULL,
 * rows added or duplicated, rows deleted. Each can be taken back, per cell, per row or all.
 * Nothing here talks to a database: {@link #statements()} is what Save will send.
 *
 * <p>Used on one thread (the FX thread); a value typed is kept as text, NULL as null.
 */
public final class PendingChanges {

    /** A fetched row's original values and its changed cells (column → new value; null = NULL). */
    private record Edited(Object[] original, Map<Integer, Object> cells) {
    }

    private final EditTarget target;
    private final Map<Long, Edited> edited = new TreeMap<>();
    private final Map<Long, Object[]> deleted = new TreeMap<>();
    private final List<Map<Integer, Object>> added = new ArrayList<>();

    public PendingChanges(EditTarget target) {
        this.target = target;
    }

    public EditTarget target() {
        return target;
    }

    /** Sets a cell of a fetched row; setting it back to its original value takes the change back. */
    public void set(long row, Object[] original, int column, Object value) {
        requireEditable(column);
        if (sameValue(original[column], value)) {
            revertCell(row, column);
            return;
        }
        edited.computeIfAbsent(row, r -> new Edited(original.clone(), new LinkedHashMap<>())).cells().put(column, value);
    }

    /** Sets a cell of an added row (null = NULL; a cell never set is left to the column's default). */
    public void setAdded(int row, int column, Object value) {
        requireEditable(column);
        added.get(row).put(column, value);
    }

    /** A new, empty row: every column left to its default; returns its position among the new rows. */
    public int addRow() {
        added.add(new LinkedHashMap<>());
        return added.size() - 1;
    }

    /** A new row with {@code source}'s values, except its key, which is left to the server or the user. */
    public int duplicate(Object[] source) {
        int row = addRow();
        for (int column = 0; column < source.length; column++) {
            if (target.editable(column) && !target.key().contains(column)) {
                added.get(row).put(column, source[column]);
            }
        }
        return row;
    }

    public void delete(long row, Object[] original) {
        deleted.put(row, original.clone());
    }

    /** Drops an added row (the ones after it move up by one). */
    public void removeAdded(int row) {
        added.remove(row);
    }

    public void revertCell(long row, int column) {
        Edited e = edited.get(row);
        if (e != null) {
            e.cells().remove(column);
            if (e.cells().isEmpty()) {
                edited.remove(row);
            }
        }
    }

    /** Takes back every change to a fetched row: its edits and its deletion. */
    public void revertRow(long row) {
        edited.remove(row);
        deleted.remove(row);
    }

    public void revertAll() {
        edited.clear();
        deleted.clear();
        added.clear();
    }

    /** How many rows Save would change. */
    public int count() {
        int updates = (int) edited.keySet().stream().filter(row -> !deleted.containsKey(row)).count();
        return updates + deleted.size() + added.size();
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** "3 changes pending", or "" when there are none. */
    public String summary() {
        int n = count();
        return n == 0 ? "" : Wording.count(n, "change") + " pending";
    }

    public boolean isChanged(long row, int column) {
        Edited e = edited.get(row);
        return e != null && e.cells().containsKey(column);
    }

    public boolean isDeleted(long row) {
        return deleted.containsKey(row);
    }

    /** The value a fetched row's cell shows now: the pending one, or {@code original}. */
    public Object value(long row, int column, Object original) {
        Edited e = edited.get(row);
        return e != null && e.cells().containsKey(column) ? e.cells().get(column) : original;
    }

    /** The cells of an added row that were given a value (column → value, null = NULL). */
    public Map<Integer, Object> addedRow(int row) {
        return Collections.unmodifiableMap(added.get(row));
    }

    /** Statements Save sends, in an order that lets a key deleted be used again: deletes, updates, inserts. */
    public List<ChangeStatement> statements() {
        ChangeSql sql = new ChangeSql(target);
        List<ChangeStatement> out = new ArrayList<>();
        deleted.forEach((row, original) -> out.add(sql.delete(RowRef.fetched(row), original)));
        edited.forEach((row, e) -> {
            if (!deleted.containsKey(row)) {
                out.add(sql.update(RowRef.fetched(row), e.original(), e.cells()));
            }
        });
        for (int i = 0; i < added.size(); i++) {
            out.add(sql.insert(RowRef.added(i), new HashMap<>(added.get(i))));
        }
        return out;
    }

    /** The DML with its values, one statement a line: what {@code changesSqlPreview} shows. */
    public String preview() {
        StringBuilder text = new StringBuilder();
        for (ChangeStatement statement : statements()) {
            text.append(statement.preview()).append('\n');
        }
        return text.toString();
    }

    private void requireEditable(int column) {
        if (!target.editable(column)) {
            throw new IllegalArgumentException(target.columns().get(column).label() + " cannot be edited");
        }
    }

    /** Typed text equals an original number or boolean when it spells the same value. */
    private static boolean sameValue(Object original, Object value) {
        if (original == null || value == null) {
            return original == value;
        }
        return original.equals(value) || original.toString().equals(value.toString());
    }
}
