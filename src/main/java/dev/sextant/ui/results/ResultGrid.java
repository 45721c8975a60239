package dev.sextant.ui.results;

import atlantafx.base.theme.Styles;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.result.ValueText;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableLongValue;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The grid that shows a result: typed column headers, NULL drawn apart, numbers right-aligned,
 * and a row-number column that counts from the first row of the result, not of the rows it holds.
 */
public final class ResultGrid {

    private static final int SAMPLE_ROWS = 200;
    private static final double CHAR_WIDTH = 8.6;
    private static final double MIN_WIDTH = 70;
    private static final double MAX_WIDTH = 420;

    private final TableView<Object[]> table = new TableView<>();
    private final TableColumn<Object[], Object[]> numbers = new TableColumn<>("#");
    private ScrollBar verticalBar;

    /**
     * A grid over {@code rows} (the list itself, so rows added later appear). {@code firstRowNumber}
     * is the number, counting from 0, of the list's first row in the whole result; {@code scrolled}
     * runs each time the user scrolls.
     */
    public ResultGrid(List<ResultColumn> columns, ObservableList<Object[]> rows, ObservableLongValue firstRowNumber,
                      Runnable scrolled) {
        table.getStyleClass().addAll("result-grid", Styles.DENSE, Styles.BORDERED);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getColumns().add(rowNumbers(firstRowNumber));
        for (int i = 0; i < columns.size(); i++) {
            table.getColumns().add(column(columns.get(i), i, widthInChars(columns.get(i), rows, i)));
        }
        table.setItems(rows);
        table.skinProperty().addListener((obs, was, skin) -> watchScrolling(scrolled));
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs && table.getFixedCellSize() <= 0) {
                fixRowHeight();
            }
        });
    }

    public TableView<Object[]> table() {
        return table;
    }

    /** How far down the rows the view is, from 0 (top) to 1 (end). */
    public double scrolledFraction() {
        return verticalBar == null || verticalBar.getMax() <= 0 ? 0 : verticalBar.getValue() / verticalBar.getMax();
    }

    /**
     * The index in the grid's list of the first row on screen, worked out from the scroll bar
     * and the row height: while the bar moves, the cells on screen are still those of the last
     * layout pass.
     */
    public int firstVisibleRow() {
        double rowHeight = table.getFixedCellSize();
        int onScreen = rowHeight > 0 ? (int) (table.getHeight() / rowHeight) : 0;
        return (int) Math.round(scrolledFraction() * Math.max(0, table.getItems().size() - onScreen));
    }

    /** Scrolls so the row at {@code index} of the list is the first on screen. */
    public void showRowAtTop(int index) {
        table.scrollTo(Math.max(0, Math.min(index, table.getItems().size() - 1)));
    }

    /** Widens the row-number column for numbers up to {@code largest}. */
    public void fitRowNumbers(long largest) {
        numbers.setPrefWidth(Math.max(44, String.valueOf(largest).length() * CHAR_WIDTH + 22));
    }

    /**
     * Once a row was laid out, all rows get its height. Every row here is one line high, and
     * with a fixed height the grid need not measure the rows above the view again each time
     * its window moves (tens of milliseconds a move otherwise).
     */
    private void fixRowHeight() {
        for (javafx.scene.Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && !row.isEmpty() && row.getHeight() > 0) {
                table.setFixedCellSize(row.getHeight());
                return;
            }
        }
    }

    /**
     * Tells {@code scrolled} about every move of the scroll bar, and also about a wheel turn or
     * a key press that cannot move it (at its end), so the window can still move on.
     */
    private void watchScrolling(Runnable scrolled) {
        // A filter: the grid's flow consumes the event. Run once the scroll it makes is applied.
        table.addEventFilter(ScrollEvent.SCROLL, e -> Platform.runLater(scrolled));
        table.getFocusModel().focusedIndexProperty().addListener((obs, was, now) -> scrolled.run());
        for (javafx.scene.Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                verticalBar = bar;
                bar.valueProperty().addListener((obs, was, now) -> scrolled.run());
            }
        }
    }

    private TableColumn<Object[], Object[]> rowNumbers(ObservableLongValue firstRowNumber) {
        numbers.getStyleClass().add("row-number-column");
        numbers.setSortable(false);
        numbers.setReorderable(false);
        numbers.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        numbers.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object[] row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : String.valueOf(firstRowNumber.get() + getIndex() + 1));
            }
        });
        fitRowNumbers(table.getItems().size());
        return numbers;
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
        // Sorting here would sort only the rows fetched so far and read like the whole result's order.
        tc.setSortable(false);
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
