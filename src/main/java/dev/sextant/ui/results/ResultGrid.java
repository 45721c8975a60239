package dev.sextant.ui.results;

import atlantafx.base.theme.Styles;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.result.ValueText;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.List;

/** The grid that shows a result: typed column headers, NULL drawn apart, numbers right-aligned. */
public final class ResultGrid {

    private static final int SAMPLE_ROWS = 200;
    private static final double NEAR_END = 0.9;
    private static final double CHAR_WIDTH = 8.6;
    private static final double MIN_WIDTH = 70;
    private static final double MAX_WIDTH = 420;

    private ResultGrid() {
    }

    /**
     * A grid over the sheet's rows (the list itself, so fetched pages appear as they arrive).
     * {@code nearEnd} runs when the user scrolls close to the last fetched row.
     */
    public static TableView<Object[]> of(List<ResultColumn> columns, ObservableList<Object[]> rows, Runnable nearEnd) {
        TableView<Object[]> table = new TableView<>();
        table.getStyleClass().addAll("result-grid", Styles.DENSE, Styles.BORDERED);
        table.getSelectionModel().setCellSelectionEnabled(true);
        for (int i = 0; i < columns.size(); i++) {
            table.getColumns().add(column(columns.get(i), i, widthInChars(columns.get(i), rows, i)));
        }
        table.setItems(rows);
        table.skinProperty().addListener((obs, was, skin) -> watchScrolling(table, nearEnd));
        return table;
    }

    /** Asks for more rows when the vertical scroll bar comes close to the end. */
    private static void watchScrolling(TableView<Object[]> table, Runnable nearEnd) {
        for (javafx.scene.Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((obs, was, now) -> {
                    if (now.doubleValue() >= bar.getMax() * NEAR_END) {
                        nearEnd.run();
                    }
                });
            }
        }
    }

    /** The widest of the header and the first rows' values, so short columns stay narrow. */
    private static int widthInChars(ResultColumn column, List<Object[]> rows, int index) {
        // Header text is bold and wider than cell text: count its characters a little heavier.
        int chars = (int) Math.ceil(Math.max(column.label().length(), String.valueOf(column.typeName()).length()) * 1.2);
        for (Object[] row : rows.subList(0, Math.min(SAMPLE_ROWS, rows.size()))) {
            chars = Math.max(chars, row[index] == null ? 4 : ValueText.cell(row[index]).length());
        }
        return chars;
    }

    private static TableColumn<Object[], Object> column(ResultColumn column, int index, int chars) {
        TableColumn<Object[], Object> tc = new TableColumn<>();
        Label name = new Label(column.label());
        name.getStyleClass().add("column-name");
        Label type = new Label(column.typeName() == null ? "" : column.typeName().toLowerCase());
        type.getStyleClass().add("column-type");
        tc.setGraphic(new VBox(name, type));
        tc.setPrefWidth(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, chars * CHAR_WIDTH + 32)));
        tc.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()[index]));
        tc.setCellFactory(c -> new ValueCell(column.numeric()));
        return tc;
    }

    /** A cell that shows NULL in its own style, so it never reads like the text 'NULL'. */
    static final class ValueCell extends TableCell<Object[], Object> {
        private final boolean numeric;

        ValueCell(boolean numeric) {
            this.numeric = numeric;
            if (numeric) {
                getStyleClass().add("numeric-cell");
            }
        }

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().remove("null-cell");
            setTooltip(null);
            if (empty) {
                setText(null);
            } else if (value == null) {
                setText("NULL");
                getStyleClass().add("null-cell");
            } else {
                String text = ValueText.cell(value);
                setText(text);
                if (text.length() < ValueText.full(value).length()) {
                    setTooltip(new Tooltip(ValueText.full(value)));
                }
            }
        }
    }
}
