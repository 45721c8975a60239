package dev.sextant.ui.results;

import dev.sextant.core.edit.ChangeSave;
import dev.sextant.core.edit.ChangeStatement;
import dev.sextant.core.edit.EditCheck;
import dev.sextant.core.edit.Editability;
import dev.sextant.core.edit.PendingChanges;
import dev.sextant.core.edit.RowNotSavedException;
import dev.sextant.core.edit.RowRef;
import dev.sextant.core.edit.SaveResult;
import dev.sextant.core.session.PlainError;
import dev.sextant.ui.common.TabSession;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The edits of one result tab: whether its result can be changed (and why not), the pending
 * changes, and Save on the tab's own session. Used on the FX thread; the catalog is read on the
 * tab's side runner with a connection of its own, Save on the tab's runner, so the grid stays live.
 */
public final class GridEdits {

    private final ResultSheet sheet;
    private final TabSession model;
    private PendingChanges changes;
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    /** Bumped on every change, so cells draw again. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    /** Rows as the server holds them after a save, by row of the result; they show instead of the fetched ones. */
    private final Map<Long, Object[]> saved = new HashMap<>();
    /** The rows the user added, as the new-rows grid shows them (values typed, or null). */
    private final ObservableList<Object[]> added = FXCollections.observableArrayList();
    /** The statement the last failed save stopped at, to mark its row. */
    private RowRef failedRow;

    public GridEdits(ResultSheet sheet, TabSession model) {
        this.sheet = sheet;
        this.model = model;
    }

    /**
     * Reads the table's keys off the FX thread on a connection of its own, beside the tab's session
     * (never in the user's transaction, and never making the tab busy: Run stays free meanwhile);
     * afterwards the grid is editable or says why not.
     */
    public void check() {
        if (model == null || !model.isConnected()) {
            readOnlyReason.set("read-only: not connected");
            return;
        }
        readOnlyReason.set("read-only until the table's keys are read");
        dev.sextant.core.connect.Endpoint endpoint = model.endpoint();
        model.runBeside(() -> EditCheck.of(sheet.columns(), endpoint), this::checked,
                error -> readOnlyReason.set("read-only: " + PlainError.of(error).sentence()));
    }

    void checked(Editability editability) {
        if (editability instanceof Editability.Editable e) {
            changes = new PendingChanges(e.target());
            editable.set(true);
            readOnlyReason.set("");
        } else {
            readOnlyReason.set(((Editability.ReadOnly) editability).reason());
        }
    }

    public boolean canEdit(int column) {
        return changes != null && changes.target().editable(column);
    }

    /** The row of the result as the grid must show it: saved values first, then the fetched row. */
    public Object[] row(long index, Object[] fetched) {
        return saved.getOrDefault(index, fetched);
    }

    public Object value(long row, int column, Object[] fetched) {
        Object[] shown = row(row, fetched);
        return changes == null ? shown[column] : changes.value(row, column, shown[column]);
    }

    public boolean isChanged(long row, int column) {
        return changes != null && changes.isChanged(row, column);
    }

    public boolean isDeleted(long row) {
        return changes != null && changes.isDeleted(row);
    }

    public boolean isFailed(long row) {
        return failedRow != null && !failedRow.added() && failedRow.index() == row;
    }

    public void set(long row, Object[] fetched, int column, Object value) {
        changes.set(row, row(row, fetched), column, value);
        changed();
    }

    public void setAdded(int row, int column, Object value) {
        changes.setAdded(row, column, value);
        added.get(row)[column] = value;
        changed();
    }

    public void addRow() {
        changes.addRow();
        added.add(new Object[sheet.columns().size()]);
        changed();
    }

    public void duplicate(long row, Object[] fetched) {
        int at = changes.duplicate(row(row, fetched));
        Object[] copy = new Object[sheet.columns().size()];
        changes.addedRow(at).forEach((column, value) -> copy[column] = value);
        added.add(copy);
        changed();
    }

    public void delete(long row, Object[] fetched) {
        changes.delete(row, row(row, fetched));
        changed();
    }

    public void removeAdded(int row) {
        changes.removeAdded(row);
        added.remove(row);
        changed();
    }

    public void revertCell(long row, int column) {
        changes.revertCell(row, column);
        changed();
    }

    public void revertRow(long row) {
        changes.revertRow(row);
        changed();
    }

    public void revertAll() {
        if (changes != null) {
            changes.revertAll();
            added.clear();
            failedRow = null;
            outcome.set("");
            changed();
        }
    }

    /** Sends the changes on the tab's session; they stay pending until the server confirmed them all. */
    public void save() {
        save(done -> { });
    }

    /** The same, then tells {@code done} whether everything was saved. */
    public void save(java.util.function.Consumer<Boolean> done) {
        if (changes == null || changes.isEmpty() || saving.get()) {
            done.accept(changes == null || changes.isEmpty());
            return;
        }
        List<ChangeStatement> statements = changes.statements();
        ChangeSave save = new ChangeSave(changes.target(), model.endpoint().spec().engine());
        saving.set(true);
        outcome.set("Saving " + changes.summary().replace(" pending", "") + "…");
        model.runOnSession(session -> save.save(session, statements), result -> {
            saved(result);
            done.accept(true);
        }, error -> {
            notSaved(error);
            done.accept(false);
        });
    }

    private void saved(SaveResult result) {
        saving.set(false);
        result.rows().forEach((ref, row) -> {
            if (!ref.added()) {
                saved.put(ref.index(), row);
            }
        });
        changes.revertAll();
        added.clear();
        failedRow = null;
        outcome.set(result.describe() + (model.hasOpenTransaction() ? " — they wait for Commit" : ""));
        changed();
    }

    private void notSaved(Throwable error) {
        saving.set(false);
        PlainError plain = error instanceof RowNotSavedException row ? row.plain() : PlainError.of(error);
        failedRow = error instanceof RowNotSavedException row ? row.statement().row() : null;
        outcome.set(plain.text());
        changed();
    }

    private void changed() {
        summary.set(changes == null ? "" : changes.summary());
        preview.set(changes == null ? "" : changes.preview());
        revision.set(revision.get() + 1);
    }

    public int pendingCount() {
        return changes == null ? 0 : changes.count();
    }

    public boolean hasPendingChanges() {
        return changes != null && !changes.isEmpty();
    }

    public ObservableList<Object[]> addedRows() {
        return added;
    }

    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "Saved 3 changes", or the error that stopped the save, with the server's DETAIL beneath. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
