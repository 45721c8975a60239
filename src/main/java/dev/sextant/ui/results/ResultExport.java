package dev.sextant.ui.results;

import dev.sextant.core.io.ExportSource;
import dev.sextant.ui.common.TabSession;
import dev.sextant.ui.dataio.ExportButton;
import dev.sextant.ui.dataio.ExportRows;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;

/** What an export of one result sheet can reach: its fetched rows, its query run again, the tab's transaction. */
final class ResultExport {

    private ResultExport() {
    }

    static Button button(ResultSheet sheet, TabSession tab, TableView<?> grid) {
        return ExportButton.forRows(() -> rowsOf(sheet, tab), grid);
    }

    private static ExportRows rowsOf(ResultSheet sheet, TabSession tab) {
        ExportSource.Query rerun = sheet.source() == null ? null : new ExportSource.Query(tab.endpoint(), sheet.source());
        return new ExportRows(sheet.columns(), sheet::fetchedSnapshot, rerun, !sheet.moreProperty().get(), "result",
                sheet.source() == null ? null : ExportButton.inTabOf(tab), sheet.firstRowsMillis());
    }
}
