package dev.sextant.core.session;

import dev.sextant.core.sql.TableName;

/**
 * What the open transaction wrote in one table, counted from what the session sent: the kind
 * of each statement (from its shape) and the row count the server answered with.
 *
 * @param table    the table, as the first statement that wrote it named it
 * @param inserted rows inserted (INSERT, COPY FROM)
 * @param updated  rows updated
 * @param deleted  rows deleted
 */
public record TableChanges(TableName table, long inserted, long updated, long deleted) {

    TableChanges plus(String kind, long rows) {
        return switch (kind) {
            case "UPDATE" -> new TableChanges(table, inserted, updated + rows, deleted);
            case "DELETE" -> new TableChanges(table, inserted, updated, deleted + rows);
            default -> new TableChanges(table, inserted + rows, updated, deleted);
        };
    }

    public long total() {
        return inserted + updated + deleted;
    }
}
