package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.sql.TableName;

import java.util.Optional;

/**
 * The rows the open transaction wrote in a table, where the engine can tell: PostgreSQL stamps
 * each row version with the transaction that wrote it ({@code xmin}), so the rows this
 * transaction inserted or updated are those whose {@code xmin} is its own id. Deleted rows are
 * gone from its view and so cannot be listed. SQLite keeps no such mark.
 */
public final class WrittenRows {

    private WrittenRows() {
    }

    /** Whether the engine can list the rows the open transaction wrote. */
    public static boolean supported(Engine engine) {
        return engine == Engine.POSTGRESQL;
    }

    /** The query, to run on the transaction's own session; empty where the engine cannot tell. */
    public static Optional<String> query(Engine engine, TableName table) {
        // pg_current_xact_id() (PostgreSQL 13+) is the open transaction's id; xmin holds 32 bits of it.
        return supported(engine)
                ? Optional.of("SELECT * FROM " + table.quoted() + " WHERE xmin = pg_current_xact_id()::xid")
                : Optional.empty();
    }
}
