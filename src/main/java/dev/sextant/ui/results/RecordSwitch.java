package dev.sextant.ui.results;

import dev.sextant.core.run.ExpandedDisplay;
import javafx.scene.control.TableColumn;

/**
 * A result pane's rows shown as records ({@link RecordView}) instead of the grid, as the tab's
 * {@code \x} mode was when the result came: always with {@code on}, and with {@code auto} while
 * the grid's columns are wider than the pane (psql's rule for its terminal), judged again as
 * the pane is resized.
 */
public final class RecordSwitch {

    private final ResultPane pane;
    private final RecordView records;
    private final ExpandedDisplay mode;
    private boolean showingRecords;
    private boolean active;

    private RecordSwitch(ResultPane pane, ResultSheet sheet, ExpandedDisplay mode) {
        this.pane = pane;
        this.records = new RecordView(sheet);
        this.mode = mode;
    }

    /** Puts the switch on {@code pane}; with {@code off} the pane keeps its grid and nothing is added. */
    public static void install(ResultPane pane, ResultSheet sheet, ExpandedDisplay mode) {
        if (mode == ExpandedDisplay.OFF) {
            return;
        }
        RecordSwitch records = new RecordSwitch(pane, sheet, mode);
        pane.getProperties().put(RecordSwitch.class, records);
        if (mode == ExpandedDisplay.ON) {
            records.show(true);
        } else {
            pane.widthProperty().addListener((obs, was, now) -> records.show(records.tooWide(now.doubleValue())));
        }
    }

    /** Moves the automation ids onto the records while they are shown (the grid keeps its own). */
    public static void setActive(ResultPane pane, boolean active) {
        if (pane.getProperties().get(RecordSwitch.class) instanceof RecordSwitch records) {
            records.active = active;
            records.records.setActive(active && records.showingRecords);
        }
    }

    /** Whether {@code pane} may show records (its result came under {@code \x on} or {@code auto}). */
    public static boolean installedOn(ResultPane pane) {
        return pane.getProperties().get(RecordSwitch.class) instanceof RecordSwitch;
    }

    private boolean tooWide(double paneWidth) {
        double columns = pane.grid().table().getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum();
        return paneWidth > 0 && columns > paneWidth;
    }

    private void show(boolean asRecords) {
        if (asRecords == showingRecords && pane.getChildren().contains(asRecords ? records.root() : pane.grid().table())) {
            return;
        }
        showingRecords = asRecords;
        pane.showInsteadOfGrid(asRecords ? records.root() : null);
        records.setActive(active && asRecords);
    }
}
