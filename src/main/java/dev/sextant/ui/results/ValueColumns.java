package dev.sextant.ui.results;

import dev.sextant.core.result.ResultColumn;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;

/** The grid's column for one column of a result: its name over its type in the header, its cells typed. */
final class ValueColumns {

    private ValueColumns() {
    }

    static TableColumn<Object[], Object> column(ResultColumn column, int index, double width) {
        TableColumn<Object[], Object> tc = new TableColumn<>();
        tc.setUserData(column); // what a copy of its cells is named and typed as
        Label name = new Label(column.label());
        name.getStyleClass().add("column-name");
        Label type = new Label(column.typeName() == null ? "" : column.typeName().toLowerCase());
        type.getStyleClass().add("column-type");
        tc.setGraphic(new VBox(name, type));
        tc.setPrefWidth(width);
        tc.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()[index]));
        tc.setCellFactory(c -> new ValueCell(column.numeric()));
        // Sorting here would sort only the rows fetched so far and read like the whole result's order.
        tc.setSortable(false);
        return tc;
    }

    /** Whether {@code shown} (row numbers first) are columns named and typed as {@code columns}, in order. */
    static boolean sameAs(java.util.List<? extends TableColumn<Object[], ?>> shown, java.util.List<ResultColumn> columns) {
        if (shown.size() != columns.size() + 1) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn next = columns.get(i);
            if (!(shown.get(i + 1).getUserData() instanceof ResultColumn was) || !was.label().equals(next.label())
                    || !java.util.Objects.equals(was.typeName(), next.typeName()) || was.numeric() != next.numeric()) {
                return false;
            }
        }
        return true;
    }

    /** Gives the kept columns {@code shown} (row numbers first) the new result's columns; returns their widths. */
    static double[] relabel(java.util.List<? extends TableColumn<Object[], ?>> shown, java.util.List<ResultColumn> columns) {
        double[] widths = new double[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            shown.get(i + 1).setUserData(columns.get(i));
            widths[i] = shown.get(i + 1).getPrefWidth();
        }
        return widths;
    }
}
