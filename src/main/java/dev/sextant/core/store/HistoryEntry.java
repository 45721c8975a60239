package dev.sextant.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One statement that was run, as the history keeps it.
 *
 * @param sql        the statement's text
 * @param ranAt      when it was started
 * @param connection the connection's display name (never a password)
 * @param millis     how long it took
 * @param outcome    what it gave: "3 rows", "UPDATE: 1 row", or the error's sentence
 * @param failed     whether {@code outcome} is an error
 */
public record HistoryEntry(String sql, Instant ranAt, String connection, long millis, String outcome, boolean failed) {

    public HistoryEntry {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(ranAt, "ranAt");
        Objects.requireNonNull(connection, "connection");
        outcome = outcome == null ? "" : outcome;
    }
}
