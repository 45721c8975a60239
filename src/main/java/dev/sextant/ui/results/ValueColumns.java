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
}
