package dev.sextant.ui.dataio;

import dev.sextant.core.io.ExportSource;
import dev.sextant.ui.editor.EditorTabViewModel;
import dev.sextant.ui.results.ResultSheet;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Export…" button of a result tab's bar: opens the export dialog for that result. */
public final class ExportButton {

    private ExportButton() {
    }

    /**
     * A button that exports {@code sheet}. It carries the id {@code exportButton} exactly while
     * {@code grid} carries {@code resultTable}, so only the selected result answers to the id.
     */
    public static Button forSheet(ResultSheet sheet, EditorTabViewModel tab, TableView<?> grid) {
        Button button = new Button("Export…", new FontIcon("fth-share"));
        button.setTooltip(new Tooltip("Write this result to a CSV, TSV, JSON, SQL, Markdown or XLSX file"));
        button.idProperty().bind(grid.idProperty().map(id -> id.equals("resultTable") ? "exportButton" : null));
        button.setOnAction(e -> ExportDialog.open(rowsOf(sheet, tab), button.getScene().getWindow()));
        return button;
    }

    private static ExportRows rowsOf(ResultSheet sheet, EditorTabViewModel tab) {
        ExportSource.Query rerun = sheet.source() == null ? null : new ExportSource.Query(tab.endpoint(), sheet.source());
        return new ExportRows(sheet.columns(), sheet::fetchedSnapshot, rerun, !sheet.moreProperty().get(), "result",
                sheet.source() == null ? null : inTabOf(tab), sheet.firstRowsMillis());
    }

    /** Export inside {@code tab}'s own session and open transaction: the tab's runner, its connection lent. */
    static ExportRows.TabExport inTabOf(EditorTabViewModel tab) {
        return new ExportRows.TabExport() {
            @Override
            public boolean hasOpenTransaction() {
                return tab.hasOpenTransaction();
            }

            @Override
            public <T> void run(java.util.function.Function<dev.sextant.core.io.ExportSource.Lender, T> job,
                                java.util.function.Consumer<T> done, java.util.function.Consumer<Throwable> failed) {
                tab.runOnSession(session -> job.apply(new dev.sextant.core.io.ExportSource.Lender() {
                    @Override
                    public <R> R with(dev.sextant.core.session.SessionWork<R> work) throws Exception {
                        return session.runAsOneStep(work, ignored -> 0);
                    }
                }), done, failed);
            }
        };
    }
}
