package dev.sextant.ui.dataio;

import dev.sextant.core.io.ExportSource;
import dev.sextant.core.session.SessionWork;
import dev.sextant.ui.common.TabSession;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The "Export…" button of a result tab's bar: opens the export dialog for that result. */
public final class ExportButton {

    private ExportButton() {
    }

    /**
     * A button that exports the rows {@code rows} describes when it is clicked. It carries the id
     * {@code exportButton} exactly while {@code grid} carries {@code resultTable}, so only the
     * selected result answers to the id.
     */
    public static Button forRows(Supplier<ExportRows> rows, TableView<?> grid) {
        Button button = new Button("Export…", new FontIcon("fth-share"));
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // in a crowded line the texts beside it shrink, not it
        button.setTooltip(new Tooltip("Write this result to a CSV, TSV, JSON, SQL, Markdown or XLSX file"));
        button.idProperty().bind(grid.idProperty().map(id -> id.equals("resultTable") ? "exportButton" : null));
        button.setOnAction(e -> ExportDialog.open(rows.get(), button.getScene().getWindow()));
        return button;
    }

    /** Export inside {@code tab}'s own session and open transaction: the tab's runner, its connection lent. */
    public static ExportRows.TabExport inTabOf(TabSession tab) {
        return new ExportRows.TabExport() {
            @Override
            public boolean hasOpenTransaction() {
                return tab.hasOpenTransaction();
            }

            @Override
            public <T> void run(Function<ExportSource.Lender, T> job, Consumer<T> done, Consumer<Throwable> failed) {
                tab.runOnSession(session -> job.apply(new ExportSource.Lender() {
                    @Override
                    public <R> R with(SessionWork<R> work) throws Exception {
                        return session.runAsOneStep(work, ignored -> 0);
                    }
                }), done, failed);
            }
        };
    }
}
