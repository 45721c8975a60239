package dev.sextant.core.sqlite;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.JdbcDriver;
import dev.sextant.core.session.SessionRules;
import dev.sextant.core.session.TransactionState;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** sqlite-jdbc: the file's URL and open mode, and the transaction state read back from the file. */
final class SqliteJdbc implements JdbcDriver, SessionRules {

    static final SqliteJdbc INSTANCE = new SqliteJdbc();

    // SQLite reads the file header lazily: without a query a text file would "connect".
    private static final String SCHEMA_COUNT = "SELECT count(*) FROM sqlite_master";

    private SqliteJdbc() {
    }

    @Override
    public String url(ConnectionSpec spec) {
        return "jdbc:sqlite:" + spec.file();
    }

    @Override
    public Properties properties(ConnectionSpec spec, String password) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // mode=rw (or ro): a mistyped path must fail, not create an empty stray database.
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        if (spec.readOnly()) {
            config.setReadOnly(true);
        }
        return config.toProperties();
    }

    @Override
    public void checkBeforeConnect(ConnectionSpec spec) throws SQLException {
        if (!Files.exists(spec.file())) {
            throw new SQLException("No such file: " + spec.file(), "08001");
        }
    }

    @Override
    public String openCheckSql() {
        return SCHEMA_COUNT;
    }

    @Override
    public String describe(Connection connection) throws SQLException {
        try (Statement probe = connection.createStatement()) {
            probe.execute(SCHEMA_COUNT);
        }
        return "SQLite " + connection.getMetaData().getDatabaseProductVersion();
    }

    @Override
    public String readOnlySessionSql() {
        return "PRAGMA query_only = ON";
    }

    @Override
    public int metadataPoolSize() {
        return 2;
    }

    @Override
    public void bindText(PreparedStatement statement, int index, String text) throws SQLException {
        statement.setString(index, text);
    }

    @Override
    public TransactionState transactionState(Connection connection, boolean statementsRan) throws SQLException {
        if (!inTransaction(connection)) {
            return TransactionState.IDLE;
        }
        // With autocommit off sqlite-jdbc always holds a deferred BEGIN, which takes no lock and
        // holds no change until a statement runs: only then is there something to end.
        return connection.getAutoCommit() || statementsRan ? TransactionState.IN_TRANSACTION : TransactionState.IDLE;
    }

    /**
     * With autocommit off, sqlite-jdbc assumes a BEGIN is always open. A COMMIT or ROLLBACK the
     * user typed ends it behind the driver's back.
     */
    @Override
    public boolean needsBeginAgain(Connection connection) throws SQLException {
        return !connection.isClosed() && !connection.getAutoCommit() && !inTransaction(connection);
    }

    @Override
    public boolean streamsInsideTransaction() {
        return false;
    }

    /**
     * Whether the connection is inside BEGIN … COMMIT. sqlite-jdbc does not expose
     * sqlite3_get_autocommit(), but {@code PRAGMA foreign_keys} is documented as a no-op inside a
     * transaction: switching it off and reading it back tells which, and it is switched on again
     * at once (Sextant keeps it on for every connection).
     */
    static boolean inTransaction(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            boolean stillOn;
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                stillOn = rs.next() && rs.getInt(1) == 1;
            }
            s.execute("PRAGMA foreign_keys = ON");
            return stillOn;
        }
    }
}
