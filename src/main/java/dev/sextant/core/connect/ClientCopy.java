package dev.sextant.core.connect;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * An engine's COPY through the client, as psql runs it: a script's inline {@code COPY … FROM STDIN}
 * data and {@code \copy} to and from a file. Only engines with a COPY protocol have this part.
 */
public interface ClientCopy {

    /** Sends {@code data} (COPY text, one row a line) for {@code copySql}; the rows the server stored. */
    long send(Connection connection, String copySql, String data) throws SQLException, IOException;

    /** The file's bytes as they are, for {@code COPY … FROM STDIN}; the rows stored. */
    long sendFile(Connection connection, String copySql, Path file) throws SQLException, IOException;

    /** What {@code COPY … TO STDOUT} sends, into the file; the rows written. */
    long receiveFile(Connection connection, String copySql, Path file) throws SQLException, IOException;
}
