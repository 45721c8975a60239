package dev.sextant.ui.dataio;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.io.CsvImport;
import dev.sextant.core.io.CsvOptions;
import dev.sextant.core.io.CsvScan;
import dev.sextant.core.io.CsvSniffer;
import dev.sextant.core.io.ImportColumn;
import dev.sextant.core.io.ImportNames;
import dev.sextant.core.io.ImportPlan;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.core.text.Wording;
import dev.sextant.ui.common.LatestOnFx;
import dev.sextant.ui.common.TabSession;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The import dialog's state and commands: a file is read (detection, then a pass over the whole
 * file for types) off the FX thread, the plan follows every choice the user makes, and the import
 * runs on the tab's own session. What it reports is what the database stored.
 */
public final class ImportDialogModel {

    /** Where existing tables are looked up: through the pool, never the tab's transaction. */
    @FunctionalInterface
    public interface TableLookup {
        /** {@code schema} null means the connection's default schema. */
        Optional<List<String>> columns(String schema, String table) throws Exception;
    }

    /** How often the FX thread hears of a scan's or an import's progress: reports come every 64 KB read. */
    private static final long PROGRESS_MILLIS = 100;

    private final TabSession tab;
    private final BackgroundRunner side;
    private final TableLookup tables;
    private final Engine engine;
    private final Executor onFx;
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<CsvScan.Result> scan = new ReadOnlyObjectWrapper<>(this, "scan");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper targetNote = new ReadOnlyStringWrapper(this, "targetNote", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(this, "imported");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Path file;
    private CsvOptions options;
    private String table = "";
    private String schema;
    private boolean allText;
    private AtomicBoolean scanStop = new AtomicBoolean();
    private int ticket;
    /** A plan is on its way (a new table name is looked up); Import pressed meanwhile waits for it. */
    private boolean planning;
    private boolean importWhenPlanned;

    /**
     * @param onFx where progress reports are handed to (the FX thread in the app, the caller in tests)
     */
    public ImportDialogModel(TabSession tab, Engine engine, BackgroundRunner side, TableLookup tables,
                             Executor onFx) {
        this.onFx = onFx;
        this.tab = tab;
        this.engine = engine;
        this.side = side;
        this.tables = tables;
    }

    /** Reads a newly chosen file: its options are detected, then its types inferred from every row. */
    public void chooseFile(Path chosen) {
        file = chosen;
        int mine = ++ticket;
        working.set(true);
        result.set("Reading " + chosen.getFileName() + "…");
        side.run(() -> {
            if (!java.nio.file.Files.isRegularFile(chosen)) {
                throw new dev.sextant.core.io.CsvImportException("There is no file at " + chosen + ".");
            }
            return CsvSniffer.sniff(chosen);
        }, detected -> {
            if (mine == ticket) {
                options = detected;
                if (table.isBlank()) {
                    table = ImportNames.tableFor(chosen);
                }
                rescan();
            }
        }, this::failed);
    }

    /** The header, the delimiter or the encoding changed: the file is read again with them. */
    public void changeOptions(java.util.function.UnaryOperator<CsvOptions> change) {
        changeOptions(options == null ? null : change.apply(options));
    }

    /** Empty fields stored as empty text instead of NULL. */
    public void setKeepEmpty(boolean keep) {
        if (options != null && options.emptyIsNull() == keep) {
            options = options.withEmptyIsNull(!keep);
            if (scan.get() != null) {
                planFor(scan.get(), ++ticket); // the same rows and types: only the plan changes
            }
        }
    }

    /** Every column as text, without the pass over the whole file (for a file too big to wait for). */
    public void setAllText(boolean value) {
        if (allText != value) {
            allText = value;
            if (file != null && options != null) {
                rescan();
            }
        }
    }

    /** The target chosen from the tree: a table to append to, or a schema where a new one is made. */
    public void presetTarget(String inSchema, String name) {
        schema = inSchema;
        table = name == null ? "" : name;
    }

    /** The target table: an existing one is appended to, a new name is created. */
    public void setTable(String value) {
        String name = value == null ? "" : value.strip();
        if (name.equals(table)) {
            return; // nothing to look up again: a late answer could cover an import's outcome
        }
        table = name;
        if (scan.get() != null) {
            planFor(scan.get(), ticket);
        }
    }

    /** The user renamed, retyped or skipped a column. */
    public void setColumns(List<ImportColumn> columns) {
        if (plan.get() != null) {
            plan.set(plan.get().withColumns(columns));
        }
    }

    private void changeOptions(CsvOptions changed) {
        if (changed != null && !changed.equals(options)) {
            options = changed;
            rescan();
        }
    }

    private void rescan() {
        int mine = ++ticket;
        Path reading = file;
        CsvOptions with = options;
        working.set(true);
        cancelled.set(false);
        result.set("Checking every row of " + reading.getFileName() + "…");
        long limit = allText ? CsvScan.PREVIEW_ROWS : Long.MAX_VALUE;
        scanStop.set(true); // an earlier pass is not wanted any more
        scanStop = new AtomicBoolean();
        AtomicBoolean stop = scanStop;
        LatestOnFx<Double> shown = new LatestOnFx<>(onFx, PROGRESS_MILLIS, // a later pass's bar is left alone
                fraction -> progress.set(mine == ticket ? fraction : progress.get()));
        side.run(() -> CsvScan.scan(reading, with, (rows, fraction) -> shown.offer(fraction), stop::get, limit), done -> {
            if (mine == ticket) {
                progress.set(1); // the pass's last report may not have been shown
                scan.set(done);
                planFor(done, mine);
            }
        }, this::failed);
    }

    private void planFor(CsvScan.Result done, int mine) {
        ImportPlan scanned = ImportPlan.newTable(engine, file, options, schema, table.isEmpty() ? "imported" : table, done);
        ImportPlan fresh = !allText ? scanned : scanned.withColumns(
                scanned.columns().stream().map(c -> c.withType(dev.sextant.core.io.ColumnType.TEXT)).toList());
        String name = fresh.target().table();
        String in = schema;
        planning = true;
        side.run(() -> tables.columns(in, name), existing -> {
            if (mine != ticket) {
                return;
            }
            planning = false;
            working.set(false);
            result.set(allText ? "Every column is stored as text; the file is read when you press Import."
                    : String.format("%,d rows read; nothing is stored until you press Import.", done.rows()));
            ImportChoice chosen = ImportChoice.of(fresh, existing, done.header());
            plan.set(chosen.plan());
            targetNote.set(chosen.note());
            if (importWhenPlanned) {
                importWhenPlanned = false;
                importNow();
            }
        }, this::failed);
    }

    /** Imports on the tab's session; the result says how many rows the database stored, or why none. */
    public void importNow() {
        ImportPlan toRun = plan.get();
        if (planning) {
            importWhenPlanned = true; // into the table the user named last, not the one planned before
            return;
        }
        if (toRun == null || working.get()) {
            return;
        }
        ticket++; // no earlier scan or lookup may speak after this
        working.set(true);
        cancelled.set(false);
        progress.set(0);
        long started = System.nanoTime();
        result.set("Importing…");
        LatestOnFx<Double> shown = new LatestOnFx<>(onFx, PROGRESS_MILLIS, fraction -> {
            if (working.get()) { // not over the final count or an error
                progress.set(fraction);
                result.set(String.format("Importing… %.0f %% of the file", fraction * 100));
            }
        });
        tab.runOnSession(session -> CsvImport.run(session, toRun, (rows, fraction) -> shown.offer(fraction), cancelled::get),
                rows -> {
                    working.set(false);
                    progress.set(1);
                    imported.set(true);
                    result.set(String.format("Imported %s into %s in %.1f s%s", Wording.count(rows, "row"),
                            toRun.target().table(), (System.nanoTime() - started) / 1e9,
                            ImportMode.of(tab).afterImport()));
                }, this::failed);
    }

    /** Which transaction the import joins, said before it runs. */
    public String modeNote() {
        return ImportMode.of(tab).beforeImport();
    }

    public void cancel() {
        importWhenPlanned = false;
        cancelled.set(true);
        scanStop.set(true);
    }

    private void failed(Throwable error) {
        planning = false;
        importWhenPlanned = false;
        working.set(false);
        progress.set(0);
        result.set(error instanceof dev.sextant.core.io.CsvImportException ? error.getMessage()
                : PlainError.of(error).sentence());
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CsvScan.Result> scanProperty() {
        return scan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetNoteProperty() {
        return targetNote.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public CsvOptions options() {
        return options;
    }

    public String table() {
        return table;
    }
}
