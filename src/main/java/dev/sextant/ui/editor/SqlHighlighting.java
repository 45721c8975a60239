package dev.sextant.ui.editor;

import dev.sextant.core.sql.ScriptAnalysis;
import dev.sextant.core.sql.SqlToken;
import javafx.concurrent.Task;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reactfx.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Colours the SQL in one editor. After the text has been still for {@link #QUIET}, the text is
 * analysed on this editor's own daemon thread; a result is applied only if no edit came after
 * it started (latest wins), so typing never waits on the analysis of a long script.
 */
final class SqlHighlighting {

    static final Duration QUIET = Duration.ofMillis(150);
    private static final Logger LOG = LoggerFactory.getLogger(SqlHighlighting.class);

    private static final Map<SqlToken.Kind, Collection<String>> CLASSES = new EnumMap<>(SqlToken.Kind.class);

    static {
        for (SqlToken.Kind kind : SqlToken.Kind.values()) {
            CLASSES.put(kind, List.of("sql-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
    }

    /** An analysis and the colours made from it, both for one and the same text. */
    record Highlight(ScriptAnalysis analysis, StyleSpans<Collection<String>> spans, long nanos) {
    }

    private final CodeArea area;
    private final ExecutorService executor;
    private final Subscription subscription;

    /** @param applied called on the FX thread just after new colours are in place */
    SqlHighlighting(CodeArea area, Consumer<Highlight> applied) {
        this.area = area;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sql-highlighting");
            t.setDaemon(true); // never keeps the app alive on quit
            return t;
        });
        // RichTextFX's async keywords pattern; retainLatestUntilLater() without an argument
        // hands over on the FX thread, where reading the area's text is safe.
        subscription = area.multiPlainChanges()
                .successionEnds(QUIET)
                .retainLatestUntilLater()
                .supplyTask(this::analyseInBackground)
                .awaitLatest(area.multiPlainChanges())
                .filterMap(result -> {
                    if (result.isSuccess()) {
                        return Optional.of(result.get());
                    }
                    // A lexer bug must not cost the user their editor: keep the old colours, tell the log.
                    LOG.warn("Highlighting failed; the colours stay as they were", result.getFailure());
                    return Optional.empty();
                })
                .subscribe(highlight -> {
                    area.setStyleSpans(0, highlight.spans());
                    applied.accept(highlight);
                });
    }

    private Task<Highlight> analyseInBackground() {
        String text = area.getText();
        Task<Highlight> task = new Task<>() {
            @Override
            protected Highlight call() {
                return highlight(text);
            }
        };
        executor.execute(task);
        return task;
    }

    /** Analyses {@code text} and turns its tokens into style classes; safe on any thread. */
    static Highlight highlight(String text) {
        long started = System.nanoTime();
        ScriptAnalysis analysis = ScriptAnalysis.of(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (SqlToken token : analysis.tokens()) {
            if (token.start() > at) {
                spans.add(Collections.emptyList(), token.start() - at);
            }
            spans.add(CLASSES.get(token.kind()), token.end() - token.start());
            at = token.end();
        }
        spans.add(Collections.emptyList(), text.length() - at); // the builder needs at least one span
        return new Highlight(analysis, spans.create(), System.nanoTime() - started);
    }

    /** Stops listening and ends the thread; called when the tab closes. */
    void dispose() {
        subscription.unsubscribe();
        executor.shutdownNow();
    }
}
