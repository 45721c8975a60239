package dev.sextant.core.connect;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Files;
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
        return switch (spec.engine()) {
            case POSTGRESQL -> "jdbc:postgresql://" + serversForUrl() + "/"
                    + urlEncode(spec.database() == null ? "" : spec.database());
            case SQLITE -> "jdbc:sqlite:" + spec.file();
        };
    }

    /** Driver properties, password included: hand them to a driver, never print them. */
    public Properties driverProperties() {
        return switch (spec.engine()) {
            case POSTGRESQL -> postgresProperties();
            case SQLITE -> sqliteConfig().toProperties();
        };
    }

    /** Opens a new physical connection. A SQLite file that does not exist is never created. */
    public Connection connect() throws SQLException {
        if (spec.engine() == Engine.SQLITE && !Files.exists(spec.file())) {
            throw new SQLException("No such file: " + spec.file(), "08001");
        }
        return DriverManager.getConnection(jdbcUrl(), driverProperties());
    }

    private Properties postgresProperties() {
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

    private SQLiteConfig sqliteConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // mode=rw (or ro): a mistyped path must fail, not create an empty stray database.
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        if (spec.readOnly()) {
            config.setReadOnly(true);
        }
        return config;
    }

    /** pgjdbc's form for several servers, tried in order: {@code h1:p1,h2:p2}. */
    private String serversForUrl() {
        StringBuilder text = new StringBuilder();
        for (ServerAddress server : spec.servers()) {
            text.append(text.length() == 0 ? "" : ",").append(server.forUrl());
        }
        return text.toString();
    }

    private static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "Endpoint[" + spec.displayName() + "]";
    }
}
