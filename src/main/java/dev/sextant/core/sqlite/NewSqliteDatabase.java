package dev.sextant.core.sqlite;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * "Create a new database", the one way Sextant makes a SQLite file: only when the user chose it,
 * and never over an existing file. Opening a connection never creates one (see {@link Endpoint}).
 */
public final class NewSqliteDatabase {

    private NewSqliteDatabase() {
    }

    /**
     * Creates an empty SQLite database at {@code file} and returns its spec.
     *
     * @throws java.nio.file.FileAlreadyExistsException something is already there; it is left alone
     */
    public static ConnectionSpec create(Path file) throws IOException, SQLException {
        Files.createFile(file); // atomic: fails rather than touch a file that appeared meanwhile
        ConnectionSpec spec = ConnectionSpec.sqlite(file);
        try (Connection connection = Endpoint.of(spec).connect(); Statement statement = connection.createStatement()) {
            // An empty file is a database to SQLite, but to nothing else: write the header now.
            statement.execute("PRAGMA user_version = 0");
        } catch (SQLException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return spec;
    }
}
