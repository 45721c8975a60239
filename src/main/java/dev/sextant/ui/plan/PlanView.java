package dev.sextant.ui.plan;

import dev.sextant.core.plan.Plan;
import dev.sextant.core.plan.PlanNode;
import dev.sextant.ui.common.Views;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The plan tab beside an editor's results: the latest plan as a tree table, the server's raw
 * answer one click away, and a pinned plan beside it to compare totals. Only the selected editor
 * tab's plan carries the automation ids ({@code planView}, {@code planRawToggle},
 * {@code planPinButton}, {@code planRaw}, {@code pinnedPlanView}).
 */
public final class PlanView {

    @FXML private Label how;
    @FXML private Label totals;
    @FXML private ToggleButton rawToggle;
    @FXML private Button pinButton;
    @FXML private SplitPane split;
    @FXML private VBox pinnedSide;
    @FXML private Label pinnedTotals;
    @FXML private TreeTableView<PlanNode> pinnedTable;
    @FXML private StackPane latestSide;
    @FXML private TreeTableView<PlanNode> table;
    @FXML private TextArea raw;

    private final PlanViewModel model;
    private final Tab tab;
    private PlanTable latest;
    private PlanTable pinned;

    public PlanView(PlanViewModel model) {
        this.model = model;
        BorderPane content = Views.load(this, "plan/PlanView.fxml");
        tab = new Tab("Plan", content);
        model.latestProperty().addListener((obs, was, now) -> showLatest(now));
        model.pinnedProperty().addListener((obs, was, now) -> showPinned(now));
        showPinned(null);
    }

    @FXML
    private void initialize() {
        latest = new PlanTable(table);
        pinned = new PlanTable(pinnedTable);
        raw.visibleProperty().bind(rawToggle.selectedProperty());
        table.visibleProperty().bind(rawToggle.selectedProperty().not());
    }

    public PlanViewModel model() {
        return model;
    }

    /** The tab to show among the result tabs. */
    public Tab tab() {
        return tab;
    }

    /** Whether a plan has been asked for (before that the tab stays out of the way). */
    public boolean hasPlan() {
        return model.latestProperty().get() != null;
    }

    public void setActive(boolean active) {
        table.setId(active ? "planView" : null);
        rawToggle.setId(active ? "planRawToggle" : null);
        pinButton.setId(active ? "planPinButton" : null);
        raw.setId(active ? "planRaw" : null);
        pinnedTable.setId(active ? "pinnedPlanView" : null);
    }

    @FXML
    private void pinOrUnpin() {
        if (model.pinnedProperty().get() == null) {
            model.pinLatest();
        } else {
            model.unpin();
        }
    }

    private void showLatest(Plan plan) {
        latest.show(plan);
        how.setText(plan == null ? "" : plan.how());
        totals.setText(plan == null ? "" : "Latest: " + PlanFigures.totals(plan));
        raw.setText(plan == null ? "" : plan.raw());
        pinButton.setDisable(plan == null);
    }

    private void showPinned(Plan plan) {
        pinned.show(plan);
        pinnedTotals.setText(plan == null ? "" : "Pinned: " + PlanFigures.totals(plan));
        pinButton.setText(plan == null ? "Pin" : "Unpin");
        if (plan == null) {
            split.getItems().setAll(latestSide);
        } else {
            split.getItems().setAll(pinnedSide, latestSide);
            split.setDividerPositions(0.5);
        }
    }
}
