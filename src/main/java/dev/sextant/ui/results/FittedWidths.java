package dev.sextant.ui.results;

import dev.sextant.core.result.ResultColumn;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The widths the grid gives its value columns: fitted to a result's headers and sampled values,
 * then widened as more rows arrive or a header shows more beside its name (a sort mark), never
 * narrowed and never over a width the user chose by hand.
 */
final class FittedWidths {

    private final TableView<Object[]> table;
    private List<ResultColumn> columns = List.of();
    private Supplier<List<Object[]>> sample = List::of;
    /** Measures with the default font until the cells' own font (set by the theme) is known. */
    private ColumnWidths widths = new ColumnWidths(Font.getDefault());
    private boolean measuredWithCellFont;
    /** The width each value column was last given here, to tell a width the user chose. */
    private double[] fitted;
    /** The room each header's name needs beside it (for a sort mark), in pixels. */
    private double[] besideName;

    FittedWidths(TableView<Object[]> table) {
        this.table = table;
    }

    /**
     * Fits the columns of a result just shown in the table, or, when it has the same columns as
     * the result before ({@code same}), keeps their widths, the user's or fitted before.
     */
    void show(List<ResultColumn> shown, Supplier<List<Object[]>> rows, boolean same) {
        columns = shown;
        sample = rows;
        besideName = new double[shown.size()];
        if (same) {
            fitted = ValueColumns.relabel(table.getColumns(), shown);
        } else {
            List<Object[]> sampled = rows.get();
            fitted = ValueColumns.show(table.getColumns(), shown, fitted, i -> fit(i, sampled));
        }
    }

    /** Lets go of the sample, which leads back to a result's sheet that must be free to go. */
    void forgetSample() {
        sample = List::of;
    }

    /** Fits column {@code index} to its header, the sample and every row the table holds now. */
    void fitColumn(int index) {
        List<Object[]> rows = new ArrayList<>(sample.get());
        rows.addAll(table.getItems());
        fitted[index] = fit(index, rows);
        column(index).setPrefWidth(fitted[index]);
    }

    /** Widens the columns the sample's values now need wider, but none the user sized. */
    void widen() {
        List<Object[]> sampled = sample.get();
        for (int i = 0; i < columns.size(); i++) {
            widen(i, sampled);
        }
    }

    /**
     * The header of column {@code index} shows {@code width} pixels more next to its name (a sort
     * mark): the column widens for it unless the user sized it, and later fits keep the room.
     */
    void makeRoomBesideName(int index, double width) {
        besideName[index] = Math.ceil(width);
        widen(index, sample.get());
    }

    /**
     * Once cells are laid out, their font (the theme's, often larger than the default) is the
     * one to measure with; columns it needs wider grow before the user has seen much of them.
     */
    void measureWithCellFontOnce() {
        if (measuredWithCellFont) {
            return;
        }
        for (Node node : table.lookupAll(".table-row-cell .table-cell")) {
            if (node instanceof Labeled cell && cell.getFont() != null) {
                measuredWithCellFont = true;
                widths = new ColumnWidths(cell.getFont());
                widen();
                return;
            }
        }
    }

    private void widen(int index, List<Object[]> sampled) {
        TableColumn<Object[], ?> column = column(index);
        double wanted = fit(index, sampled);
        if (column.getPrefWidth() == fitted[index] && wanted > fitted[index]) {
            fitted[index] = wanted;
            column.setPrefWidth(wanted);
        }
    }

    private double fit(int index, List<Object[]> rows) {
        return widths.fit(columns.get(index), rows, index, besideName[index]);
    }

    private TableColumn<Object[], ?> column(int index) {
        return table.getColumns().get(index + 1); // after the row numbers
    }
}
