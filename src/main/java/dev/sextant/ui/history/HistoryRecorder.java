package dev.sextant.ui.history;

import dev.sextant.core.store.HistoryEntry;
import dev.sextant.core.store.QueryHistory;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.ui.editor.StatementLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/** Writes every finished statement into the query history, on the background runner. */
public final class HistoryRecorder implements StatementLog {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);

    private final QueryHistory history;
    private final BackgroundRunner runner;

    public HistoryRecorder(QueryHistory history, BackgroundRunner runner) {
        this.history = history;
        this.runner = runner;
    }

    @Override
    public void finished(String connection, String sql, long millis, String outcome, boolean failed) {
        // Stamped here, in the order statements finish, whatever order the writes happen in.
        HistoryEntry entry = new HistoryEntry(sql.strip(), Instant.now().minusMillis(millis), connection, millis,
                outcome, failed);
        runner.run(() -> {
            history.record(entry);
            return null;
        }, ignored -> { }, error -> LOG.warn("Could not record a statement in {}", history.file(), error));
    }
}
