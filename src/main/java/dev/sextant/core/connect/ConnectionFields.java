package dev.sextant.core.connect;


import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Which fields describe a connection to this engine, their defaults, and its string forms. */
public interface ConnectionFields {

    /** Whether the connection is to a local file rather than to servers. */
    default boolean usesFile() {
        return false;
    }

    /**
     * Whether servers hold keyspaces of a cluster whose nodes sit in datacenters (the dialog's
     * datacenter and keyspace fields) rather than databases reached one by one.
     */
    default boolean usesKeyspaces() {
        return false;
    }

    /** The port a server listens on when none is given, 0 for a file. */
    int defaultPort();

    /** A short name for tabs and the tree. */
    String displayName(ConnectionSpec spec);

    /** The string the connection dialog shows; never the password, at most a mask. */
    String format(ConnectionSpec spec, boolean passwordPresent);

    /** Whether {@link #createEmpty} can make a new database here (a new file). */
    default boolean canCreateEmpty() {
        return false;
    }

    /**
     * Makes a new, empty database where the spec points, never over an existing one.
     *
     * @throws UnsupportedOperationException where a database is made on the server instead
     */
    default void createEmpty(ConnectionSpec spec) throws IOException, SQLException {
        throw new UnsupportedOperationException("A " + spec.engine().displayName()
                + " database is created on its server (CREATE DATABASE, CREATE KEYSPACE), not as a file.");
    }

    /**
     * Reads a string form that only this engine uses (such as {@code jdbc:sqlite:}), or returns
     * empty so that the next engine, and finally libpq's rules, can read it.
     */
    default Optional<ParsedConnection> parse(String text, ConnectionEnvironment env, List<String> warnings)
            throws ConnectionStringException {
        return Optional.empty();
    }
}
