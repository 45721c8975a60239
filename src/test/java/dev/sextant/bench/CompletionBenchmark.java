package dev.sextant.bench;

import dev.sextant.core.complete.CatalogCache;
import dev.sextant.core.complete.Catalog;
import dev.sextant.core.complete.Completer;
import dev.sextant.core.postgres.PostgresCatalog;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.TestPostgres;
import dev.sextant.ui.common.FxRunner;
import dev.sextant.ui.editor.CompletionPopup;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static dev.sextant.bench.OnFx.onFx;

/**
 * Completion on a database of 10,000 tables (5 columns each): how long the catalog takes to read
 * through the pool, how long the suggestions take off the FX thread, and what the user feels —
 * from a key typed after {@code SELECT * FROM } to the popup's list holding the new
 * suggestions (p50/p95), and the FX thread's time per keystroke (handling the key, copying the
 * text, showing the list; its CPU time, so layout and CSS count too). Not a test: run it by hand, e.g.
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.sextant.bench.CompletionBenchmark -Dexec.classpathScope=test}.
 */
public final class CompletionBenchmark {

    private static final String DATABASE = "bench_complete";
    private static final int TABLES = 10_000;
    private static final int ROUNDS = 25;
    private static final String TYPED = "t123";

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        TestPostgres server = TestPostgres.get();
        createTables(server);
        try (ConnectionPools pools = new ConnectionPools()) {
            CatalogCache cache = new CatalogCache(
                    new PostgresCatalog(pools, server.endpoint(DATABASE)).completionSource(), new ImmediateRunner());
            long t0 = System.nanoTime();
            cache.load();
            Catalog catalog = cache.current();
            System.out.printf("catalog read through the pool: %d relations, %.0f ms%n",
                    catalog.relations().size(), (System.nanoTime() - t0) / 1e6);
            offTheFxThread(catalog);
            inTheEditor(cache);
        }
        Platform.exit();
        System.out.printf("load average while measuring: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void createTables(TestPostgres server) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            if (rs.next() && rs.getInt(1) == TABLES) {
                return; // made by an earlier run of this benchmark on the same throwaway cluster
            }
        } catch (SQLException noDatabaseYet) {
            // made below
        }
        server.recreateDatabase(DATABASE);
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            // Committing every 500 tables keeps the lock table from overflowing.
            s.execute("DO $$ BEGIN FOR i IN 1.." + TABLES + " LOOP "
                    + "EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, name text, created timestamptz, "
                    + "amount numeric, note text)', i); IF i % 500 = 0 THEN COMMIT; END IF; END LOOP; END $$");
        }
    }

    private static void offTheFxThread(Catalog catalog) {
        measureOff("suggestions worked out afresh each key (completion thread)", catalog, null);
        measureOff("suggestions as the popup works them out (narrowing the last answer)", catalog,
                new dev.sextant.core.complete.Typing());
    }

    /** Each key's suggestions with {@code typing} keeping the last answer, or afresh with it null. */
    private static void measureOff(String what, Catalog catalog, dev.sextant.core.complete.Typing typing) {
        long[] nanos = new long[ROUNDS * TYPED.length()];
        long[] cpu = new long[nanos.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 1; i <= TYPED.length(); i++) {
                String text = "SELECT * FROM " + TYPED.substring(0, i);
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                if (typing == null) {
                    Completer.at(catalog, text, text.length());
                } else {
                    typing.at(catalog, text, text.length(), dev.sextant.core.sql.SqlDialect.POSTGRESQL);
                }
                nanos[n] = System.nanoTime() - t0;
                cpu[n++] = threads.getCurrentThreadCpuTime() - c0;
            }
        }
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms; its CPU p95 %.1f ms%n",
                what, percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, percentile(cpu, 95) / 1e6);
    }

    private static void inTheEditor(CatalogCache cache) throws Exception {
        CompletableFuture<CodeArea> shown = new CompletableFuture<>();
        FxRunner runner = FxRunner.singleThread("completion");
        Platform.startup(() -> {
            CodeArea editor = new CodeArea();
            Stage stage = new Stage();
            stage.setScene(new Scene(editor, 900, 700));
            stage.show();
            editor.requestFocus();
            CompletionPopup.attach(editor, () -> cache, () -> dev.sextant.core.sql.SqlDialect.POSTGRESQL, runner);
            shown.complete(editor);
        });
        CodeArea editor = shown.get();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fxThread = onFx(() -> Thread.currentThread().getId());
        Keystrokes keys = new Keystrokes(editor);
        keys.round(); // warm up, and find the popup's list
        List<Long> latencies = new ArrayList<>();
        long cpu0 = threads.getThreadCpuTime(fxThread);
        for (int round = 0; round < ROUNDS; round++) {
            latencies.addAll(keys.round());
        }
        long cpu = threads.getThreadCpuTime(fxThread) - cpu0;
        long[] l = latencies.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("keystroke to popup updated: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d keystrokes)%n",
                percentile(l, 50) / 1e6, percentile(l, 95) / 1e6, Arrays.stream(l).max().orElse(0) / 1e6, l.length);
        System.out.printf("FX thread per keystroke: handling the key p95 %.2f ms; CPU in all (key, list, layout) %.2f ms%n",
                percentile(keys.handling(), 95) / 1e6, cpu / 1e6 / l.length);
        runner.close();
        System.out.printf("baseline, the same keys in an editor without completion: FX CPU %.2f ms per keystroke%n",
                withoutCompletion(threads, fxThread) / 1e6);
    }

    /** What typing costs the FX thread anyway (RichTextFX inserting and laying out), to set the figure above against. */
    private static long withoutCompletion(ThreadMXBean threads, long fxThread) throws Exception {
        CodeArea plain = onFx(() -> {
            CodeArea area = new CodeArea();
            Stage stage = new Stage();
            stage.setScene(new Scene(area, 900, 700));
            stage.show();
            return area;
        });
        long cpu0 = threads.getThreadCpuTime(fxThread);
        int keys = 0;
        for (int round = 0; round < ROUNDS; round++) {
            onFx(() -> {
                plain.replaceText("SELECT * FROM ");
                return null;
            });
            for (char c : TYPED.toCharArray()) {
                String s = String.valueOf(c);
                onFx(() -> {
                    Event.fireEvent(plain, new KeyEvent(KeyEvent.KEY_TYPED, s, s, KeyCode.UNDEFINED, false, false, false, false));
                    return null;
                });
                Thread.sleep(5); // let a pulse lay the text out, as between real keystrokes
                keys++;
            }
        }
        return (threads.getThreadCpuTime(fxThread) - cpu0) / keys;
    }

    /** Types TYPED after "SELECT * FROM ", one key at a time, waiting for each key's suggestions. */
    private static final class Keystrokes {
        private final CodeArea editor;
        private final AtomicLong changedAt = new AtomicLong();
        private final List<Long> handling = new ArrayList<>();
        private volatile CountDownLatch changed = new CountDownLatch(1);
        private ListView<?> list;

        Keystrokes(CodeArea editor) {
            this.editor = editor;
        }

        List<Long> round() throws Exception {
            onFx(() -> {
                Event.fireEvent(editor, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false));
                editor.replaceText("SELECT * FROM ");
                return null;
            });
            List<Long> latencies = new ArrayList<>();
            for (char c : TYPED.toCharArray()) {
                changed = new CountDownLatch(1);
                long typedAt = onFx(() -> type(c));
                if (list == null) {
                    list = findList();
                    continue;
                }
                if (!changed.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("no suggestions after typing " + c);
                }
                latencies.add(changedAt.get() - typedAt);
            }
            return latencies;
        }

        private long type(char c) {
            long t0 = System.nanoTime();
            String s = String.valueOf(c);
            Event.fireEvent(editor, new KeyEvent(KeyEvent.KEY_TYPED, s, s, KeyCode.UNDEFINED, false, false, false, false));
            handling.add(System.nanoTime() - t0);
            return t0;
        }

        private ListView<?> findList() throws Exception {
            for (int i = 0; i < 1000; i++) {
                ListView<?> found = onFx(() -> {
                    for (Window w : Window.getWindows()) {
                        Node n = w.getScene() == null ? null : w.getScene().lookup("#completionPopup");
                        if (n instanceof ListView<?> lv) {
                            lv.getItems().addListener((ListChangeListener<Object>) ch -> {
                                changedAt.set(System.nanoTime());
                                changed.countDown();
                            });
                            return lv;
                        }
                    }
                    return null;
                });
                if (found != null) {
                    return found;
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("the popup never showed");
        }

        long[] handling() {
            return handling.stream().mapToLong(Long::longValue).toArray();
        }
    }


    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
