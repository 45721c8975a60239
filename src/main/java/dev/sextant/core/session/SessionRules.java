package dev.sextant.core.session;

import dev.sextant.core.result.ColumnOrigins;
import dev.sextant.core.result.ValueFormats;

import dev.sextant.core.connect.Engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What a JDBC engine tells a session: how to bind typed text and how to read the transaction state. */
public interface SessionRules {

    static SessionRules of(Engine engine) {
        return engine.required(SessionRules.class);
    }

    /** Binds text the user typed as a parameter the way this engine reads it best. */
    void bindText(PreparedStatement statement, int index, String text) throws SQLException;

    /**
     * The transaction state as the database reports it.
     *
     * @param statementsRan whether statements ran since the last commit or rollback
     */
    TransactionState transactionState(Connection connection, boolean statementsRan) throws SQLException;

    /**
     * Whether the user's own COMMIT or ROLLBACK, with autocommit off, left the connection with no
     * transaction where the driver believes one is always open (so a BEGIN must follow).
     */
    boolean needsBeginAgain(Connection connection) throws SQLException;

    /** Whether a streamed result needs a transaction of its own (pgjdbc only streams inside one). */
    boolean streamsInsideTransaction();

    /** How this engine's driver tells which table column a result column came from (for editing). */
    default ColumnOrigins columnOrigins() {
        return ColumnOrigins.STANDARD;
    }

    /** How this engine's driver hands over each column's values, so rows are read the cheapest honest way. */
    default ValueFormats valueFormats() {
        return ValueFormats.DRIVER_TYPES;
    }
}
