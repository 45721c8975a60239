package dev.sextant.ui.dataio;

import dev.sextant.core.io.ExportException;
import dev.sextant.core.io.ExportFormat;
import dev.sextant.core.io.ExportJob;
import dev.sextant.core.io.ExportOptions;
import dev.sextant.core.io.ExportProgress;
import dev.sextant.core.io.ExportSource;
import dev.sextant.core.io.ExportSummary;
import dev.sextant.core.io.ExportTarget;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.task.BackgroundRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The export dialog's state and commands. The fields the user edits are plain properties the
 * view binds both ways; what the export reports (running, progress, the result sentence) is
 * read-only. All file and database work runs on the runner; answers come back on its thread of
 * delivery (the FX thread in the app, at once in tests).
 */
public final class ExportDialogModel {

    /** The folder a file name without one goes to. */
    private final Path defaultFolder;
    private final ExportRows rows;
    private final BackgroundRunner runner;
    private final ReplaceQuestion replace;

    /** The file to write, typed or pasted; its extension follows the format. */
    public final StringProperty file = new SimpleStringProperty("");
    public final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    public final ObjectProperty<ExportScope> scope = new SimpleObjectProperty<>();
    public final BooleanProperty header = new SimpleBooleanProperty(true);
    public final StringProperty nullText = new SimpleStringProperty("");
    public final BooleanProperty bom = new SimpleBooleanProperty(false);
    public final BooleanProperty jsonLines = new SimpleBooleanProperty(false);
    public final StringProperty tableName = new SimpleStringProperty("exported_rows");
    /** CSV's delimiter and quote, one character each; {@code \t} may be typed for a tab. */
    public final StringProperty delimiter = new SimpleStringProperty(",");
    public final StringProperty quote = new SimpleStringProperty("\"");

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyDoubleWrapper done = new ReadOnlyDoubleWrapper(this, "done", 0);
    private ExportProgress progress;
    private long expectedRows = -1;

    public ExportDialogModel(ExportRows rows, Path defaultFolder, BackgroundRunner runner, ReplaceQuestion replace) {
        this.rows = rows;
        this.defaultFolder = defaultFolder;
        this.runner = runner;
        this.replace = replace;
        scope.set(rows.rerun() != null ? ExportScope.ALL_ROWS : ExportScope.FETCHED_ROWS);
        file.set(defaultFolder.resolve(rows.suggestedName() + "." + ExportFormat.CSV.extension()).toString());
        format.addListener((obs, was, now) -> followExtension(extension(was, jsonLines.get()),
                extension(now, jsonLines.get())));
        jsonLines.addListener((obs, was, now) -> {
            if (format.get() == ExportFormat.JSON) {
                followExtension(extension(ExportFormat.JSON, was), extension(ExportFormat.JSON, now));
            }
        });
    }

    /** The scopes this result offers: "all rows" only when its statement can run again. */
    public List<ExportScope> scopes() {
        if (rows.rerun() == null) {
            return List.of(ExportScope.FETCHED_ROWS);
        }
        List<ExportScope> offered = new java.util.ArrayList<>(List.of(ExportScope.ALL_ROWS));
        if (rows.inTab() != null && rows.inTab().hasOpenTransaction()) {
            offered.add(ExportScope.IN_THIS_TRANSACTION); // a connection of its own would not see the changes
        }
        if (rows.hasFetched()) {
            offered.add(ExportScope.FETCHED_ROWS);
        }
        return offered;
    }

    /** What the chosen scope does, in a sentence the dialog shows under it. */
    public String scopeNote(ExportScope chosen) {
        if (chosen == ExportScope.ALL_ROWS) {
            boolean open = rows.inTab() != null && rows.inTab().hasOpenTransaction();
            return "The query runs again on a read-only connection of its own: this tab's transaction and cursor "
                    + "are untouched; its uncommitted changes, temporary tables and SET settings are not seen there."
                    + (rows.firstRowsMillis() < 0 ? "" : String.format(" When it ran, it took %.1f s to its first rows.",
                    rows.firstRowsMillis() / 1000.0))
                    + (open ? " This tab has uncommitted changes: choose \"in this tab's transaction\" to include them." : "");
        }
        if (chosen == ExportScope.IN_THIS_TRANSACTION) {
            return "The query runs again on this tab's own session, inside its open transaction, so its uncommitted "
                    + "changes are exported too; the tab waits until the export ends.";
        }
        String count = rows.hasFetched() ? String.format("%,d", rows.fetched().get().size()) : "0";
        return rows.rerun() == null
                ? "This result cannot be run again (its statement returned several results); the " + count
                        + " fetched rows are written."
                : "The " + count + " rows in the grid are written as they are; nothing runs again"
                        + (rows.complete() ? " (they are the whole result)." : ".");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "12,000 rows · 85,000 rows/s" while it runs. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** "Exported 3,503 rows to x.csv in 0.4 s." or one sentence saying why not. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The part written, 0 to 1, or -1 while the total is not known (a query running again). */
    public ReadOnlyDoubleProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Starts the export: checks the path, asks before replacing a file, then writes in the background. */
    public void export() {
        if (running.get()) {
            return;
        }
        Path target;
        try {
            target = resolve(file.get());
        } catch (InvalidPathException e) {
            finish(null, "\"" + file.get() + "\" is not a file name: " + e.getReason() + ".");
            return;
        }
        ExportOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            finish(null, e.getMessage() + ".");
            return;
        }
        ExportSource source = scope.get() == ExportScope.FETCHED_ROWS
                ? new ExportSource.Fetched(rows.columns(), rows.fetched().get()) : rows.rerun();
        expectedRows = source instanceof ExportSource.Fetched f ? f.rows().size() : -1;
        done.set(-1);
        running.set(true);
        result.set("");
        progressText.set("Checking " + target + "…");
        // Looking at the disk is I/O: never on the FX thread.
        runner.run(() -> new Check(ExportTarget.problem(target), Files.exists(target)), check -> {
            if (check.problem() != null) {
                finish(null, check.problem());
            } else if (check.exists() && !replace.replace(target)) {
                finish(null, "Nothing was exported: " + target.getFileName() + " was kept as it is.");
            } else {
                start(source, options, target);
            }
        }, error -> finish(null, PlainError.of(error).sentence()));
    }

    private record Check(String problem, boolean exists) {
    }

    private void start(ExportSource source, ExportOptions options, Path target) {
        ExportProgress started = new ExportProgress();
        progress = started;
        progressText.set("Starting…");
        java.util.function.Consumer<Throwable> failedWith = error -> finish(null, error instanceof ExportException e
                ? e.getMessage() : PlainError.of(error).sentence());
        if (scope.get() == ExportScope.IN_THIS_TRANSACTION && source instanceof ExportSource.Query query) {
            rows.inTab().run(lender -> ExportJob.run(new ExportSource.OnConnection(query.endpoint().spec().engine(),
                    query.query(), lender), options, target, started), summary -> finish(summary, null), failedWith);
            return;
        }
        runner.run(() -> ExportJob.run(source, options, target, started), summary -> finish(summary, null), failedWith);
    }

    /** Stops the export under way; its temporary file is deleted and the chosen name is left alone. */
    public void cancel() {
        ExportProgress current = progress;
        if (current != null && running.get()) {
            current.cancel();
            progressText.set("Cancelling…");
        }
    }

    /** Reads the export's progress (the view calls this a few times a second while it runs). */
    public void refreshProgress() {
        ExportProgress current = progress;
        if (current != null && running.get() && !current.isCancelled()) {
            progressText.set(String.format(Locale.ROOT, "%,d rows · %,.0f rows/s", current.rows(), current.rate()));
            done.set(expectedRows > 0 ? (double) current.rows() / expectedRows : -1);
        }
    }

    private void finish(ExportSummary summary, String problem) {
        running.set(false);
        progress = null;
        done.set(summary == null ? 0 : 1);
        progressText.set("");
        failed.set(summary == null);
        result.set(summary != null ? summary.describe() : problem);
    }

    ExportOptions options() {
        ExportOptions base = ExportOptions.of(format.get());
        if (format.get() == ExportFormat.CSV) {
            base = base.withDelimiterAndQuote(oneCharacter(delimiter.get(), "delimiter"),
                    oneCharacter(quote.get(), "quote"));
        }
        return base.withHeader(header.get()).withNullText(
                        format.get() == ExportFormat.MARKDOWN && nullText.get().isEmpty() ? "NULL" : nullText.get())
                .withBom(bom.get()).withJsonLines(jsonLines.get())
                .withTable(tableName.get().isBlank() ? "exported_rows" : tableName.get().strip(), 500);
    }

    private static char oneCharacter(String text, String what) {
        String value = "\\t".equals(text) ? "\t" : text;
        if (value == null || value.length() != 1) {
            throw new IllegalArgumentException("The " + what + " must be one character, such as , or ; or \\t for a tab");
        }
        return value.charAt(0);
    }

    private Path resolve(String text) {
        Path path = Path.of(text.strip().startsWith("~/") ? System.getProperty("user.home") + text.strip().substring(1)
                : text.strip());
        return path.isAbsolute() ? path : defaultFolder.resolve(path);
    }

    /** NDJSON files are called .ndjson, so tools that read them by name know them. */
    private static String extension(ExportFormat format, boolean lines) {
        return format == null ? null : format == ExportFormat.JSON && lines ? "ndjson" : format.extension();
    }

    /** x.csv becomes x.json when JSON is chosen; a name without an extension gets one. */
    private void followExtension(String was, String now) {
        String text = file.get();
        if (text == null || text.isBlank() || now == null) {
            return;
        }
        String old = was == null ? null : "." + was;
        String base = old != null && text.toLowerCase(Locale.ROOT).endsWith(old)
                ? text.substring(0, text.length() - old.length()) : text;
        file.set(base + "." + now);
    }
}
