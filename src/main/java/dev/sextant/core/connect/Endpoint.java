package dev.sextant.core.connect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A {@link ConnectionSpec} with its password, able to open JDBC connections. The password is
 * handed to the driver as a property, never put into a URL, so it cannot leak through a URL
 * in a log or an error message.
 */
public final class Endpoint {

    private final ConnectionSpec spec;
    private final String password;

    public Endpoint(ConnectionSpec spec, String password) {
        this.spec = spec;
        this.password = password;
    }

    public static Endpoint of(ConnectionSpec spec) {
        return new Endpoint(spec, null);
    }

    public ConnectionSpec spec() {
        return spec;
    }

    /** The same server and credentials, another database. */
    public Endpoint forDatabase(String database) {
        return new Endpoint(spec.withDatabase(database), password);
    }

    /**
     * The same server, another database as another user (psql's {@code \c db user}). The password
     * goes along, as psql's does when the server asks again; a user with a password of their own
     * gets the server's refusal in one sentence, as with any wrong password.
     */
    public Endpoint forDatabaseAs(String database, String user) {
        return new Endpoint(spec.withDatabase(database).withUser(user), password);
    }

    /** The JDBC URL, which never contains the password. */
    public String jdbcUrl() {
        return jdbc().url(spec);
    }

    /** Driver properties, password included: hand them to a driver, never print them. */
    public Properties driverProperties() {
        return jdbc().properties(spec, password);
    }

    /** The password, or null, for an engine whose own driver takes it (not JDBC's properties); never print it. */
    public char[] password() {
        return password == null ? null : password.toCharArray();
    }

    /** Opens a new physical connection. A SQLite file that does not exist is never created. */
    public Connection connect() throws SQLException {
        jdbc().checkBeforeConnect(spec);
        return DriverManager.getConnection(jdbcUrl(), driverProperties());
    }

    /** The engine's JDBC side; only JDBC engines are reached through an endpoint's connections. */
    public JdbcDriver jdbc() {
        return spec.engine().jdbc().orElseThrow(() -> new UnsupportedOperationException(
                spec.engine().displayName() + " is not reached through JDBC"));
    }

    @Override
    public String toString() {
        return "Endpoint[" + spec.displayName() + "]";
    }
}
