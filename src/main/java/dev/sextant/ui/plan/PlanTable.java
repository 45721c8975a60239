package dev.sextant.ui.plan;

import dev.sextant.core.plan.Plan;
import dev.sextant.core.plan.PlanNode;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Fills a tree table with one plan: a row per step, its estimate, what ANALYZE measured, a bar for
 * its share of the time, and its flags. Columns a plan has no figures for (SQLite's) are hidden.
 */
final class PlanTable {

    private final TreeTableView<PlanNode> table;
    private Plan plan;

    PlanTable(TreeTableView<PlanNode> table) {
        this.table = table;
        table.setShowRoot(true);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                text("Step", 320, PlanNode::title),
                text("Flags", 110, node -> PlanFigures.flags(plan, node)),
                estimate("Cost", n -> PlanFigures.number(n.estimate().startupCost()) + " … " + PlanFigures.number(n.estimate().totalCost())),
                estimate("Est. rows", n -> PlanFigures.number(n.estimate().rows())),
                actual("Rows", a -> PlanFigures.number(a.rows())),
                actual("Loops", a -> PlanFigures.number(a.loops())),
                actual("Self ms", a -> PlanFigures.ms(a.selfMs())),
                actual("Total ms", a -> PlanFigures.ms(a.totalMs())),
                share(),
                actual("Buffers", PlanFigures::buffers)));
        table.setRowFactory(view -> new FlaggedRow());
    }

    /** Shows {@code shown} (null: nothing), every step open. */
    void show(Plan shown) {
        plan = shown;
        table.setRoot(shown == null ? null : item(shown.root()));
        boolean costs = shown != null && shown.root().estimate() != null;
        boolean measured = shown != null && shown.analyzed();
        for (TreeTableColumn<PlanNode, ?> column : table.getColumns()) {
            Object kind = column.getUserData();
            column.setVisible(kind == null || (kind.equals("estimate") ? costs : measured));
        }
    }

    private static TreeItem<PlanNode> item(PlanNode node) {
        TreeItem<PlanNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        return item;
    }

    private static TreeTableColumn<PlanNode, String> text(String title, double width, Function<PlanNode, String> value) {
        TreeTableColumn<PlanNode, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null || cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        return column;
    }

    private static TreeTableColumn<PlanNode, String> estimate(String title, Function<PlanNode, String> value) {
        TreeTableColumn<PlanNode, String> column = text(title, 90, n -> n.estimate() == null ? "" : value.apply(n));
        column.setUserData("estimate");
        column.getStyleClass().add("plan-number");
        return column;
    }

    private static TreeTableColumn<PlanNode, String> actual(String title, Function<PlanNode.Actual, String> value) {
        TreeTableColumn<PlanNode, String> column = text(title, 80, n -> n.actual() == null ? ""
                : !n.actual().executed() ? "never run" : value.apply(n.actual()));
        column.setUserData("actual");
        column.getStyleClass().add("plan-number");
        return column;
    }

    /** A bar as wide as the step's share of the plan's time, with the percentage beside it. */
    private TreeTableColumn<PlanNode, Double> share() {
        TreeTableColumn<PlanNode, Double> column = new TreeTableColumn<>("Share of time");
        column.setUserData("actual");
        column.setPrefWidth(130);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                plan == null || cell.getValue() == null ? 0.0 : plan.timeShare(cell.getValue().getValue())));
        column.setCellFactory(c -> new TreeTableCell<>() {
            private final Region bar = new Region();
            private final Label percent = new Label();
            private final HBox box = new HBox(6, bar, percent);

            {
                bar.getStyleClass().add("plan-share-bar");
            }

            @Override
            protected void updateItem(Double share, boolean empty) {
                super.updateItem(share, empty);
                if (empty || share == null) {
                    setGraphic(null);
                    return;
                }
                bar.setPrefWidth(Math.max(1, share * 80));
                bar.setMinWidth(Region.USE_PREF_SIZE);
                percent.setText(String.format(Locale.ROOT, "%.0f %%", share * 100));
                setGraphic(box);
            }
        });
        return column;
    }

    /** A row marked for CSS when its estimate is far off or it is the slowest step. */
    private final class FlaggedRow extends TreeTableRow<PlanNode> {
        @Override
        protected void updateItem(PlanNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("plan-misestimated", "plan-slowest");
            if (!empty && node != null && plan != null) {
                if (node.misestimated()) {
                    getStyleClass().add("plan-misestimated");
                }
                if (plan.slowest().filter(slowest -> slowest == node).isPresent()) {
                    getStyleClass().add("plan-slowest");
                }
            }
        }
    }
}
