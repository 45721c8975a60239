package dev.sextant.core.engine;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.session.TransactionState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;

/** What a JDBC engine tells the engine-neutral session, pool and export code. */
public interface JdbcAccess {

    /** The driver URL, which never contains the password. */
    String url(ConnectionSpec spec);

    /** Driver properties, the password included: hand them to the driver, never print them. */
    Properties properties(ConnectionSpec spec, String password);

    /** Refuses before the driver is asked, when connecting would do harm (create a stray file). */
    void checkBeforeConnect(ConnectionSpec spec) throws SQLException;

    /** A cheap statement that fails now if the connection is not really to a working database. */
    String openCheckSql();

    /** Connects-and-asks for the Test button: the server's name and version. */
    String describe(Connection connection) throws SQLException;

    /** The statement that makes a connection refuse every write for the rest of its life. */
    String readOnlySessionSql();

    /** How many pooled connections the tree and autocomplete may hold at once. */
    int metadataPoolSize();

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

    /** The import and export steps only this engine has. */
    DataTransfer transfer();
}
