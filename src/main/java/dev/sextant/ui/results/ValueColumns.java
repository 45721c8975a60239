package dev.sextant.ui.results;

import dev.sextant.core.result.ResultColumn;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;

/**
 * The grid's columns for a result's: a name over a type in each header, cells that read the
 * column's type as they show a value; kept from one result to the next where they can be.
 */
final class ValueColumns {

    private ValueColumns() {
    }

    static TableColumn<Object[], Object> column(ResultColumn column, int index, double width) {
        TableColumn<Object[], Object> tc = new TableColumn<>();
        tc.setUserData(column); // what a copy of its cells is named and typed as
        Label name = new Label(column.label());
        name.getStyleClass().add("column-name");
        Label type = new Label(typeText(column));
        type.getStyleClass().add("column-type");
        tc.setGraphic(new VBox(name, type));
        tc.setPrefWidth(width);
        tc.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()[index]));
        tc.setCellFactory(c -> new ValueCell());
        // Sorting here would sort only the rows fetched so far and read like the whole result's order.
        tc.setSortable(false);
        return tc;
    }

    /** Whether {@code shown} (row numbers first) are columns named and typed as {@code columns}, in order. */
    static boolean sameAs(List<? extends TableColumn<Object[], ?>> shown, List<ResultColumn> columns) {
        if (shown.size() != columns.size() + 1) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!same(shown.get(i + 1).getUserData(), columns.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Gives the kept columns {@code shown} (row numbers first) the new result's columns; returns their widths. */
    static double[] relabel(List<? extends TableColumn<Object[], ?>> shown, List<ResultColumn> columns) {
        double[] widths = new double[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            shown.get(i + 1).setUserData(columns.get(i));
            widths[i] = shown.get(i + 1).getPrefWidth();
        }
        return widths;
    }

    /**
     * Shows {@code columns} in the grid's columns {@code shown} (row numbers first): a place that
     * had a column keeps it, with its header and cells (making and styling a screenful of new
     * cells was most of a first paint), renamed and retyped, and refitted unless it shows the same
     * name and type as before, when it keeps its width; the columns beyond are made, those left
     * over go. Returns the width each value column was fitted to ({@code fittedBefore}'s for a
     * column that kept its width), to tell a width the user chose later.
     */
    static double[] show(ObservableList<TableColumn<Object[], ?>> shown, List<ResultColumn> columns,
                         double[] fittedBefore, IntToDoubleFunction fit) {
        double[] fitted = new double[columns.size()];
        int kept = Math.min(shown.size() - 1, columns.size());
        for (int i = 0; i < kept; i++) {
            TableColumn<Object[], ?> column = shown.get(i + 1);
            boolean same = fittedBefore != null && i < fittedBefore.length && same(column.getUserData(), columns.get(i));
            retype(column, columns.get(i));
            fitted[i] = same ? fittedBefore[i] : fit.applyAsDouble(i);
            if (!same) {
                column.setPrefWidth(fitted[i]);
            }
        }
        if (shown.size() > columns.size() + 1) {
            shown.remove(columns.size() + 1, shown.size());
        }
        List<TableColumn<Object[], ?>> made = new ArrayList<>();
        for (int i = kept; i < columns.size(); i++) {
            fitted[i] = fit.applyAsDouble(i);
            made.add(column(columns.get(i), i, fitted[i]));
        }
        shown.addAll(made); // one change: the header rebuilt once
        return fitted;
    }

    /** Whether a column that showed {@code was} (its user data) shows {@code next} with the same name and type. */
    private static boolean same(Object was, ResultColumn next) {
        return was instanceof ResultColumn before && before.label().equals(next.label())
                && Objects.equals(before.typeName(), next.typeName()) && before.numeric() == next.numeric();
    }

    /** A kept column shows {@code next}: its user data, and its header's name and type. */
    private static void retype(TableColumn<Object[], ?> kept, ResultColumn next) {
        kept.setUserData(next);
        if (kept.getGraphic() instanceof VBox header && header.getChildren().size() == 2
                && header.getChildren().get(0) instanceof Label name && header.getChildren().get(1) instanceof Label type) {
            name.setText(next.label());
            type.setText(typeText(next));
        }
    }

    private static String typeText(ResultColumn column) {
        return column.typeName() == null ? "" : column.typeName().toLowerCase();
    }
}
