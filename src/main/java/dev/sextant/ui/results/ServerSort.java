package dev.sextant.ui.results;

import dev.sextant.core.requery.FilterException;
import dev.sextant.core.requery.ServerView;
import dev.sextant.core.run.Message;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.sql.Identifiers;
import dev.sextant.core.text.Wording;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sorting and filtering a result on the server: a header click runs the statement again as
 * {@code SELECT * FROM (statement) AS q ORDER BY …} on the tab's session (shift-click adds a
 * column, a third click removes it), and the filter field above the grid adds {@code WHERE}
 * conditions with bound values. The fetched rows are never sorted here: that would show the order
 * of one page as if it were the result's. Where the statement cannot be run again inside another
 * query, headers and field say why instead.
 */
final class ServerSort {

    static final String HOW = "Click to sort on the server; shift-click adds this column; a third click removes it.";
    static final String FILTER_PROMPT = "Filter on the server: price > 3 and name like 'a%' and note is null (Enter)";

    private final ResultSheet sheet;
    private final ResultHost model;
    private final ServerView view;
    private final Optional<String> refusal;
    private final Map<TableColumn<?, ?>, Integer> columnIndex = new HashMap<>();
    private final TextField filter = new TextField();
    private final Label problem = new Label();
    private final HBox bar = new HBox(6);
    private final ResultGrid grid;
    private final TableView<Object[]> table;
    private final javafx.event.EventHandler<MouseEvent> clicks = this::headerClicked;

    ServerSort(ResultSheet sheet, ResultHost model, ResultGrid grid) {
        this.sheet = sheet;
        this.grid = grid;
        this.table = grid.table();
        this.model = model;
        this.view = sheet.serverView();
        this.refusal = view == null ? ServerView.refusal(null) : ServerView.refusal(view.source());
        // One tooltip for every header (they all say the same): a Tooltip per column was a good
        // part of building a wide result's pane.
        Tooltip headerTip = new Tooltip(refusal.map(why -> "Sorting is off: " + why).orElse(HOW));
        for (int i = 0; i < sheet.columns().size(); i++) {
            TableColumn<Object[], ?> column = table.getColumns().get(i + 1);
            columnIndex.put(column, i);
            markHeader(column, i, headerTip);
        }
        table.addEventFilter(MouseEvent.MOUSE_CLICKED, clicks);
        filter.setPromptText(FILTER_PROMPT);
        filter.setText(view == null ? "" : view.filterText());
        filter.setOnAction(e -> applyFilter());
        filter.setDisable(refusal.isPresent() || model == null);
        filter.setTooltip(new Tooltip(refusal.orElse("Conditions joined with and: = <> < <= > >=, like, ilike, "
                + "is [not] null. Text in 'quotes'; values are sent as parameters. Empty and Enter: no filter.")));
        filter.setPrefColumnCount(28);
        filter.getStyleClass().add(atlantafx.base.theme.Styles.SMALL); // no taller than the line's buttons
        HBox.setHgrow(bar, Priority.SOMETIMES);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        problem.getStyleClass().add("result-filter-problem");
        problem.setMinWidth(0);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.setTooltip(new Tooltip());
        problem.getTooltip().textProperty().bind(problem.textProperty()); // a long sentence is cut in the line
        bar.getChildren().addAll(new FontIcon("fth-filter"), filter, problem);
        bar.getStyleClass().add("result-filter-bar");
    }

    /** Header clicks on the grid are no longer this result's: the grid shows another. */
    void release() {
        table.removeEventFilter(MouseEvent.MOUSE_CLICKED, clicks);
    }

    /** The filter field and what went wrong with it, for the line above the grid. */
    HBox filterBox() {
        return bar;
    }

    void setActive(boolean active) {
        filter.setId(active ? "resultFilterField" : null);
        problem.setId(active ? "resultFilterProblem" : null);
    }

    /** What the count line adds once the server was asked to sort or filter: "" for a result as it ran. */
    String countNote() {
        if (view == null || view.isPlain()) {
            return "";
        }
        String sorted = view.order().isEmpty() ? "" : "sorted by " + String.join(", ", view.order().stream()
                .map(k -> sheet.columns().get(k.column()).label() + (k.descending() ? " ↓" : " ↑")).toList());
        String filtered = view.filter().isEmpty() ? "" : "filtered (" + Wording.count(view.filter().size(), "condition") + ")";
        return " · re-queried in server order, " + sorted + (sorted.isEmpty() || filtered.isEmpty() ? "" : ", ") + filtered;
    }

    private void markHeader(TableColumn<Object[], ?> column, int index, Tooltip tip) {
        Node graphic = column.getGraphic();
        if (graphic == null) {
            return;
        }
        // A header kept from the result before carries its tooltip and sort mark: replaced, not added to.
        if (graphic.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip before) {
            Tooltip.uninstall(graphic, before);
        }
        if (graphic.lookup(".column-name") instanceof Label named) {
            named.setGraphic(null);
        }
        Tooltip.install(graphic, tip);
        int position = view == null ? 0 : view.position(index);
        if (position == 0 || !(graphic.lookup(".column-name") instanceof Label name)) {
            return;
        }
        boolean descending = view.descending(index);
        Label mark = new Label(view.order().size() > 1 ? String.valueOf(position) : "",
                new FontIcon(descending ? "fth-arrow-down" : "fth-arrow-up"));
        mark.getStyleClass().add("sort-mark");
        mark.setAccessibleText((descending ? "sorted descending" : "sorted ascending") + ", key " + position);
        name.setGraphic(mark);
        name.setContentDisplay(ContentDisplay.RIGHT);
        mark.applyCss(); // measured in the theme's font and icon size, as it will be drawn
        grid.makeRoomBesideName(index, mark.prefWidth(-1) + name.getGraphicTextGap());
    }

    private void headerClicked(MouseEvent e) {
        // Every click on a header counts, however quickly it follows the last: two quick clicks are
        // "ascending, then descending", not a double click to ignore. Only the resize edge is left alone.
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()
                || (e.getTarget() instanceof Rectangle edge && edge.getCursor() == Cursor.H_RESIZE)) {
            return; // a drag, or a click (or double click, which fits the column) on the resize edge
        }
        Integer index = null;
        for (Node n = e.getPickResult().getIntersectedNode(); n != null && index == null; n = n.getParent()) {
            if (n instanceof TableColumnHeader header) {
                index = columnIndex.get(header.getTableColumn());
            }
        }
        if (index == null) {
            return;
        }
        e.consume();
        if (refusal.isPresent() || model == null) {
            problem.setText(refusal.map(why -> "Sorting is off: " + why).orElse(""));
            return;
        }
        rerun(view.clicked(index, e.isShiftDown()));
    }

    private void applyFilter() {
        try {
            rerun(view.filtered(filter.getText()));
        } catch (FilterException bad) {
            problem.setText(bad.getMessage()); // the typed text stays in the field to be corrected
        }
    }

    /** Runs the statement again as asked; its result takes this one's place, in the same tab. */
    private void rerun(ServerView next) {
        problem.setText("");
        ResultRequest.run(model, next.query(Identifiers::quote), sheet.title(), result -> {
            int at = model.results().indexOf(sheet);
            if (at >= 0) {
                model.results().set(at, ResultSheet.requeried(result, next));
                model.messages().add(Message.info(sheet.title() + " re-queried on the server: "
                        + Wording.count(result.rows().result().rows().size(), "row")
                        + (result.rows().hasMore() ? " so far, more load as you scroll." : ".")));
            }
        }, error -> problem.setText(error.sentence()));
    }
}
