package dev.sextant.core.postgres;

import dev.sextant.core.result.ColumnOrigin;
import dev.sextant.core.result.ColumnOrigins;
import dev.sextant.core.result.ValueFormats;
import org.postgresql.PGResultSetMetaData;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.JdbcDriver;
import dev.sextant.core.connect.ServerAddress;
import dev.sextant.core.session.SessionRules;
import dev.sextant.core.session.TransactionState;
import org.postgresql.core.BaseConnection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Properties;

/** pgjdbc: URL and properties from the spec, and the transaction state from the protocol. */
final class PostgresJdbc implements JdbcDriver, SessionRules {

    static final PostgresJdbc INSTANCE = new PostgresJdbc();

    private PostgresJdbc() {
    }

    @Override
    public String url(ConnectionSpec spec) {
        String database = spec.database() == null ? "" : spec.database();
        return "jdbc:postgresql://" + serversForUrl(spec) + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public Properties properties(ConnectionSpec spec, String password) {
        Properties props = new Properties();
        if (spec.user() != null) {
            props.setProperty("user", spec.user());
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", spec.applicationName() == null ? "Sextant" : spec.applicationName());
        if (spec.connectTimeoutSeconds() > 0) {
            props.setProperty("connectTimeout", Integer.toString(spec.connectTimeoutSeconds()));
        }
        props.setProperty("sslmode", spec.sslMode().keyword());
        if (spec.sslRootCert() != null) {
            props.setProperty("sslrootcert", spec.sslRootCert().toString());
        }
        if (spec.readOnly()) {
            // Enforced by the server: every transaction is started READ ONLY, autocommit or not.
            props.setProperty("readOnly", "true");
            props.setProperty("readOnlyMode", "always");
        }
        return props;
    }

    @Override
    public void checkBeforeConnect(ConnectionSpec spec) {
        // The server itself refuses what is wrong; nothing local can be harmed by trying.
    }

    @Override
    public String openCheckSql() {
        return "SELECT 1";
    }

    @Override
    public String describe(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return "PostgreSQL " + meta.getDatabaseMajorVersion() + "." + meta.getDatabaseMinorVersion();
    }

    @Override
    public String readOnlySessionSql() {
        return "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
    }

    @Override
    public int metadataPoolSize() {
        return 4;
    }

    @Override
    public void bindText(PreparedStatement statement, int index, String text) throws SQLException {
        // Sent with no type, like a quoted literal, so the server infers it: the
        // same text works for a text column, an integer id or a date.
        statement.setObject(index, text, Types.OTHER);
    }

    /** The protocol state the server reports with every ReadyForQuery. */
    @Override
    public TransactionState transactionState(Connection connection, boolean statementsRan) throws SQLException {
        return switch (connection.unwrap(BaseConnection.class).getTransactionState()) {
            case IDLE -> TransactionState.IDLE;
            case OPEN -> TransactionState.IN_TRANSACTION;
            case FAILED -> TransactionState.FAILED;
        };
    }

    @Override
    public boolean needsBeginAgain(Connection connection) {
        return false;
    }

    @Override
    public boolean streamsInsideTransaction() {
        return true;
    }

    /** pgjdbc's form for several servers, tried in order: {@code h1:p1,h2:p2}. */
    private static String serversForUrl(ConnectionSpec spec) {
        StringBuilder text = new StringBuilder();
        for (ServerAddress server : spec.servers()) {
            text.append(text.length() == 0 ? "" : ",").append(server.forUrl());
        }
        return text.toString();
    }

    @Override
    public ValueFormats valueFormats() {
        return PostgresValueFormats.INSTANCE;
    }

    /** pgjdbc's getTableName is always "": only its base names say where a value came from. */
    @Override
    public ColumnOrigins columnOrigins() {
        return (meta, index) -> {
            PGResultSetMetaData pg = meta.unwrap(PGResultSetMetaData.class);
            return ColumnOrigin.of(pg.getBaseSchemaName(index), pg.getBaseTableName(index), pg.getBaseColumnName(index));
        };
    }
}
