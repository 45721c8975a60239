package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;

import dev.sextant.core.sql.StatementRules;
import dev.sextant.core.sql.TableName;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a session counts about its open transaction (statements, changed rows, its age) and the
 * state it reads back from the database, put together as a {@link SessionStatus}.
 */
final class TransactionCounters {

    private final Connection connection;
    private final Engine engine;
    private int statements;
    private long rowsChanged;
    private long startedAt;
    private final Map<List<String>, TableChanges> tables = new LinkedHashMap<>();
    private boolean lastAutocommit = true;

    TransactionCounters(Connection connection, Engine engine) {
        this.connection = connection;
        this.engine = engine;
    }

    /** A statement is about to run: when nothing is open, it starts a new transaction's count. */
    void starting(SessionStatus before) {
        if (!before.hasOpenTransaction()) {
            reset();
            startedAt = System.currentTimeMillis();
        }
    }

    void ran(long rows) {
        statements++;
        rowsChanged += rows;
    }

    /** A statement ran and changed {@code rows}: counted for its table too, when its shape names one. */
    void ran(String sql, long rows) {
        ran(rows);
        if (rows == 0) {
            return;
        }
        StatementRules.writtenTable(sql).ifPresent(written -> TableName.read(written.getKey()).ifPresent(name ->
                tables.merge(name.parts(), new TableChanges(name, 0, 0, 0).plus(written.getValue(), rows),
                        (was, added) -> was.plus(written.getValue(), rows))));
    }

    int statements() {
        return statements;
    }

    void reset() {
        statements = 0;
        rowsChanged = 0;
        startedAt = 0;
        tables.clear();
    }

    /** The autocommit mode the driver reported last: what a new session replacing a lost one takes. */
    boolean lastAutocommit() {
        return lastAutocommit;
    }

    /**
     * The state as the driver and the database report it, in the autocommit mode the session is
     * in (the driver's own setting differs while a result streams, see {@link StatementRunner#autocommitMode}).
     */
    SessionStatus status(boolean autocommit, boolean readingResult) throws SQLException {
        lastAutocommit = autocommit;
        TransactionState state = SessionRules.of(engine).transactionState(connection, statements > 0);
        if (state == TransactionState.IDLE) {
            return new SessionStatus(autocommit, state, 0, 0, 0, false);
        }
        return new SessionStatus(autocommit, state, statements, rowsChanged, startedAt, readingResult,
                new ArrayList<>(tables.values()));
    }
}
