package dev.sextant.ui.transaction;

import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TableChanges;
import dev.sextant.core.session.TransactionState;
import dev.sextant.core.session.WrittenRows;
import dev.sextant.core.text.Wording;
import dev.sextant.ui.common.Views;
import dev.sextant.ui.editor.EditorTabViewModel;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import java.util.function.ToLongFunction;

/**
 * The transaction indicator's panel, "what will Commit change": per table, the rows the open
 * transaction inserted, updated and deleted, as counted from what the tab's session sent and
 * the server's row counts, read back with the state after every operation, so it empties when
 * the server confirmed a Commit or Rollback. On an engine that marks the rows a transaction
 * wrote (PostgreSQL's xmin), "Show rows" lists them in a result of the tab.
 */
public final class PendingCommitPanel {

    @FXML private VBox pendingCommitPanel;
    @FXML private TableView<TableChanges> pendingCommitTable;
    @FXML private TableColumn<TableChanges, String> tableColumn;
    @FXML private TableColumn<TableChanges, Long> insertedColumn;
    @FXML private TableColumn<TableChanges, Long> updatedColumn;
    @FXML private TableColumn<TableChanges, Long> deletedColumn;
    @FXML private Label pendingCommitNote;
    @FXML private Button showWrittenRowsButton;

    private final Popup popup = new Popup();
    private final InvalidationListener refresh = this::refresh;
    private final WrittenRowsOpener opener;
    private EditorTabViewModel model;

    /** @param opener shows the rows a table's open transaction wrote, in a result of the tab */
    public PendingCommitPanel(WrittenRowsOpener opener) {
        this.opener = opener;
        VBox root = Views.load(this, "transaction/PendingCommitPanel.fxml");
        tableColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().table().written()));
        count(insertedColumn, TableChanges::inserted);
        count(updatedColumn, TableChanges::updated);
        count(deletedColumn, TableChanges::deleted);
        pendingCommitTable.setPlaceholder(new Label("Nothing waits for Commit."));
        pendingCommitTable.getSelectionModel().selectedItemProperty().addListener(refresh);
        showWrittenRowsButton.setTooltip(new Tooltip());
        popup.getContent().add(root);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setConsumeAutoHidingEvents(false); // a click on Commit while the panel is open commits at once
    }

    /** Shows the rows the open transaction wrote in one table; the result arrives in the tab. */
    @FunctionalInterface
    public interface WrittenRowsOpener {
        void open(dev.sextant.ui.results.ResultHost model, TableChanges table);
    }

    private static void count(TableColumn<TableChanges, Long> column, ToLongFunction<TableChanges> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue())));
    }

    /** Follows another tab (or none). */
    public void follow(EditorTabViewModel next) {
        if (model != null) {
            model.statusProperty().removeListener(refresh);
            model.busyProperty().removeListener(refresh);
        }
        model = next;
        if (model != null) {
            model.statusProperty().addListener(refresh);
            model.busyProperty().addListener(refresh);
        }
        refresh(null);
    }

    /** Opens the panel under {@code anchor} (the indicator), or closes it when it is open. */
    public void toggle(Node anchor) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        refresh(null);
        Bounds at = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, at.getMinX(), at.getMaxY() + 4);
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void refresh(Observable ignored) {
        SessionStatus s = model == null ? null : model.statusProperty().get();
        var rows = s == null || s.transaction() == TransactionState.IDLE ? java.util.List.<TableChanges>of() : s.tables();
        if (!rows.equals(pendingCommitTable.getItems())) {
            TableChanges was = pendingCommitTable.getSelectionModel().getSelectedItem();
            pendingCommitTable.getItems().setAll(rows);
            selectSame(was);
        }
        pendingCommitNote.setText(note(s));
        boolean canList = model != null && WrittenRows.supported(model.endpoint().spec().engine());
        showWrittenRowsButton.getTooltip().setText(canList
                ? "List the rows this transaction inserted or updated in the selected table (deleted rows are gone)."
                : model == null ? "No tab." : model.endpoint().spec().engine().displayName()
                + " does not mark which transaction wrote a row, so they cannot be listed.");
        showWrittenRowsButton.setDisable(!canList || rows.isEmpty() || model.busyProperty().get());
    }

    /** Keeps the same table selected as the counts change; the first one when none was. */
    private void selectSame(TableChanges was) {
        var items = pendingCommitTable.getItems();
        int at = was == null ? -1 : items.stream().map(t -> t.table().parts()).toList().indexOf(was.table().parts());
        if (!items.isEmpty()) {
            pendingCommitTable.getSelectionModel().select(Math.max(at, 0));
        }
    }

    @FXML
    private void showWrittenRows() {
        TableChanges selected = pendingCommitTable.getSelectionModel().getSelectedItem();
        if (model != null && selected != null) {
            opener.open(model, selected);
        }
    }

    /** The line under the counts: what they come from, and what they leave out. */
    static String note(SessionStatus s) {
        if (s == null) {
            return "This tab is not connected.";
        }
        if (s.autocommit() && !s.hasOpenTransaction()) {
            return "Autocommit is on: each statement was committed as it ran, so nothing waits for Commit.";
        }
        if (!s.hasOpenTransaction()) {
            return "No transaction is open: the next change starts one, and it waits here for Commit or Rollback.";
        }
        String failed = s.transaction() == TransactionState.FAILED
                ? "The transaction failed: Commit cannot keep any of this, only Rollback can end it. " : "";
        long unknown = s.rowsInNoKnownTable();
        String elsewhere = unknown > 0 ? Wording.count(unknown, "more row") + " changed by statements whose table "
                + "Sextant cannot tell (an import, a function, a WITH). " : "";
        return failed + elsewhere + "Counted from the " + Wording.count(s.statements(), "statement")
                + " this tab sent and the server's row counts; triggers, cascades and ROLLBACK TO SAVEPOINT are not seen.";
    }
}
