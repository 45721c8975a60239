package dev.sextant.bench;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.TestPostgres;
import dev.sextant.ui.common.FxRunner;
import dev.sextant.ui.dataio.ExportDialog;
import dev.sextant.ui.dataio.ExportDialogModel;
import dev.sextant.ui.dataio.ExportRows;
import dev.sextant.ui.dataio.ExportScope;
import dev.sextant.ui.dataio.ImportDialog;
import dev.sextant.ui.dataio.ImportDialogModel;
import dev.sextant.ui.editor.EditorTabViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static dev.sextant.bench.OnFx.onFx;
import static dev.sextant.bench.OnFx.startHeadless;
import static dev.sextant.bench.OnFx.waitFor;

/**
 * The FX thread while an import and an export show their progress in their real dialogs, over a
 * shown window, on the headless JavaFX the tests use: the longest gap between two pulses and what
 * each gap over 50 ms was (see {@link GapCauses}). A CSV of {@code -Dbench.rows=N} rows (default
 * 1,000,000; 6 columns) is imported into a new PostgreSQL table through a connected tab, then that
 * table is exported to CSV (all rows, the query run again). Not a test; run it by hand:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx512m -cp %classpath dev.sextant.bench.ProgressBenchmark"</pre>
 */
public final class ProgressBenchmark {

    /** Each kind of thread's time on a core over a whole import or export: the FX thread's and the renderer's are what the dialogs cost. */
    private static final ThreadTimes THREADS = new ThreadTimes();

    private ProgressBenchmark() {
    }

    private static String onCores(ThreadTimes.Times from) {
        StringBuilder out = new StringBuilder();
        THREADS.now().since(from).forEach((kind, t) -> out.append(String.format(" %s %.0f/%.0f", kind, t[0], t[1])));
        return out.toString().strip();
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path csv = write(dir.resolve("progress-bench.csv"), rows);
        TestPostgres server = TestPostgres.get();
        server.recreateDatabase("bench_progress");
        startHeadless();
        EditorTabViewModel tab = new EditorTabViewModel(server.endpoint("bench_progress"), FxRunner.singleThread("bench"),
                FxRunner.singleThread("bench-side"), new ScriptedQuestions());
        onFx(() -> {
            tab.connect(ScriptSplitter.split("SELECT 1"));
            return null;
        });
        waitFor(() -> !tab.results().isEmpty() && !tab.busyProperty().get());
        Stage window = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new javafx.scene.layout.StackPane(), 1200, 700));
            s.show();
            return s;
        });
        String table = importing(tab, window, csv, rows);
        exporting(server, window, dir.resolve("progress-bench-export.csv").toAbsolutePath(), table);
        Platform.exit();
        System.exit(0);
    }

    /** The import dialog as the app opens it, its file chosen; the pulses watched from Import to its last report. */
    private static String importing(EditorTabViewModel tab, Stage window, Path csv, int rows) throws Exception {
        ImportDialogModel model = onFx(() -> new ImportDialogModel(tab, Engine.POSTGRESQL, FxRunner.singleThread("import-side"),
                (schema, table) -> Optional.empty(), Platform::runLater));
        onFx(() -> new ImportDialog(model, () -> { }).show(window, csv));
        waitFor(() -> model.planProperty().get() != null && !model.workingProperty().get());
        GapCauses causes = onFx(GapCauses::new);
        ThreadTimes.Times before = THREADS.now();
        long start = onFx(() -> {
            causes.start();
            model.importNow();
            return System.nanoTime();
        });
        waitFor(() -> !model.workingProperty().get());
        double seconds = (System.nanoTime() - start) / 1e9;
        String cores = onCores(before);
        Thread.sleep(300);
        onFx(() -> {
            causes.stop();
            return null;
        });
        System.out.printf("import of %,d CSV rows (%,d MB) in the import dialog: %.1f s; %s; %s%n", rows,
                Files.size(csv) >> 20, seconds, onFx(() -> model.resultProperty().get()), causes.pausesSummary());
        System.out.println("  import, on a core / queued for one (ms): " + cores);
        causes.report("import");
        return onFx(model::table);
    }

    /** The export dialog over the imported table, all rows: the pulses watched from Export to its end. */
    private static void exporting(TestPostgres server, Stage window, Path target, String table) throws Exception {
        Files.deleteIfExists(target);
        ExportRows rows = ExportRows.ofQuery(server.endpoint("bench_progress"), "SELECT * FROM \"" + table + "\"", table);
        ExportDialogModel model = onFx(() -> new ExportDialogModel(rows, target.getParent(), FxRunner.singleThread("export"),
                file -> true));
        onFx(() -> new ExportDialog(model, (owner, suggested) -> target).show(window));
        GapCauses causes = onFx(GapCauses::new);
        ThreadTimes.Times before = THREADS.now();
        long start = onFx(() -> {
            model.file.set(target.toString());
            model.scope.set(ExportScope.ALL_ROWS);
            causes.start();
            model.export();
            return System.nanoTime();
        });
        waitFor(() -> !model.runningProperty().get());
        double seconds = (System.nanoTime() - start) / 1e9;
        String cores = onCores(before);
        Thread.sleep(300);
        onFx(() -> {
            causes.stop();
            return null;
        });
        System.out.printf("export of the table to CSV in the export dialog: %.1f s; %s; %s%n", seconds,
                onFx(() -> model.resultProperty().get()), causes.pausesSummary());
        System.out.println("  export, on a core / queued for one (ms): " + cores);
        causes.report("export");
    }

    private static Path write(Path file, int rows) throws java.io.IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,name,email,amount,created,active\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ",name " + i + ",user" + i + "@example.com," + (i % 1000) + "." + (i % 100) + ",2026-01-"
                        + (1 + i % 28) + " 10:" + (10 + i % 50) + ":00," + (i % 2 == 0) + "\n");
            }
        }
        return file;
    }


}
