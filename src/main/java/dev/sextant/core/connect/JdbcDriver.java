package dev.sextant.core.connect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/** How a JDBC engine is connected to: its driver URL and properties, and a few statements it needs. */
public interface JdbcDriver {

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
}
