package dev.sextant.ui.editor;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

import java.util.concurrent.CompletableFuture;

/**
 * How long colouring a 5,000-line script takes: the analysis on the highlighting thread, and
 * the part the FX thread pays (reading the text, applying the spans, the marks' paragraph sweep).
 * Not a test: run it by hand, e.g.
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.sextant.ui.editor.HighlightingBenchmark -Dexec.classpathScope=test}.
 */
public final class HighlightingBenchmark {

    private static final int LINES = 5_000;
    private static final int RUNS = 10;

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        String script = script();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            best = Math.min(best, SqlHighlighting.highlight(script).nanos());
        }
        System.out.printf("%d lines, %d chars: analysis + spans off the FX thread, best of %d: %.1f ms%n",
                LINES, script.length(), RUNS, best / 1e6);

        CompletableFuture<String> fx = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                CodeArea area = new CodeArea(script);
                EditorMarks marks = new EditorMarks(area, new StatementGutter(area));
                Stage stage = new Stage();
                stage.setScene(new Scene(area, 900, 700));
                stage.show();
                SqlHighlighting.Highlight h = SqlHighlighting.highlight(script);
                long fxBest = Long.MAX_VALUE;
                for (int i = 0; i < RUNS; i++) {
                    long t0 = System.nanoTime();
                    String text = area.getText();
                    area.setStyleSpans(0, h.spans());
                    marks.analysed(h.analysis());
                    fxBest = Math.min(fxBest, System.nanoTime() - t0 + (text.isEmpty() ? 1 : 0));
                }
                long t0 = System.nanoTime();
                for (int i = 0; i < 1000; i++) {
                    area.moveTo((int) ((long) i * script.length() / 1000));
                }
                long caret = (System.nanoTime() - t0) / 1000;
                fx.complete(String.format("on the FX thread per analysis (getText + setStyleSpans + marks), best of %d: %.1f ms;"
                        + " per caret move (brackets, statement mark): %.3f ms", RUNS, fxBest / 1e6, caret / 1e6));
            } catch (Throwable e) {
                fx.completeExceptionally(e);
            }
        });
        System.out.println(fx.get());
        Platform.exit();
    }

    private static String script() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < LINES / 5; i++) {
            sb.append("-- step ").append(i).append('\n')
                    .append("SELECT u.id, count(*), E'it\\'s', $$body$$ FROM \"users\" u\n")
                    .append("  JOIN notes n ON n.user_id = u.id /* nested /* comment */ */\n")
                    .append("  WHERE u.id > ").append(i).append(" AND (n.title LIKE 'a%' OR n.created < $1)\n")
                    .append("  GROUP BY u.id;\n");
        }
        return sb.toString();
    }
}
