package dev.sextant.ui.history;

import dev.sextant.core.session.PlainError;
import dev.sextant.core.store.HistoryEntry;
import dev.sextant.core.store.QueryHistory;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.core.run.StatementLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Writes every finished statement into the query history, on the background runner. When that
 * fails the user is told once, through the {@code problems} sink, until a write works again.
 */
public final class HistoryRecorder implements StatementLog {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);

    private final QueryHistory history;
    private final BackgroundRunner runner;
    private final Consumer<String> problems;
    private boolean failing;

    /** @param problems told, on the runner's delivery thread, one sentence when the history cannot be written */
    public HistoryRecorder(QueryHistory history, BackgroundRunner runner, Consumer<String> problems) {
        this.history = history;
        this.runner = runner;
        this.problems = problems;
    }

    @Override
    public void finished(String connection, String sql, long millis, String outcome, boolean failed) {
        // Stamped here, in the order statements finish, whatever order the writes happen in.
        HistoryEntry entry = new HistoryEntry(sql.strip(), Instant.now().minusMillis(millis), connection, millis,
                outcome, failed);
        runner.run(() -> {
            history.record(entry);
            return null;
        }, ignored -> failing = false, this::failed);
    }

    private void failed(Throwable error) {
        LOG.warn("Could not record a statement in {}", history.file(), error);
        if (!failing) {
            failing = true;
            problems.accept("The query history is not being kept: Sextant could not write to " + history.file()
                    + " (" + PlainError.of(error).sentence().replaceAll("\\.$", "") + ").");
        }
    }
}
