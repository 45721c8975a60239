package dev.sextant.core.postgres;

import dev.sextant.core.connect.ClientCopy;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The data a script gives inline after {@code COPY … FROM STDIN;} (pg_dump's default output), sent
 * the way psql sends it: through the COPY protocol on the script's own connection.
 */
final class InlineCopy implements ClientCopy {

    static final InlineCopy INSTANCE = new InlineCopy();

    private InlineCopy() {
    }

    /** Sends {@code data} (COPY text, one row a line) for {@code copySql}; the rows the server says it stored. */
    @Override
    public long send(Connection connection, String copySql, String data) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        return copy.copyIn(copySql, new StringReader(data));
    }

    /** psql's {@code \\copy … from file}: the file's bytes as they are, for {@code COPY … FROM STDIN}; rows stored. */
    @Override
    public long sendFile(Connection connection, String copySql, Path file) throws SQLException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, in);
        }
    }

    /** psql's {@code \\copy … to file}: what {@code COPY … TO STDOUT} sends, into the file; rows written. */
    @Override
    public long receiveFile(Connection connection, String copySql, Path file) throws SQLException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copySql, out);
        }
    }
}
