package dev.sextant.core.connect;

/**
 * A connection string, URI, URL, service file or password file that cannot be read. The message
 * is one line in libpq's words where libpq has them ({@code missing "=" after "x" in connection
 * info string}), so that what people find when they search for it matches.
 */
public class ConnectionStringException extends Exception {

    public ConnectionStringException(String message) {
        super(message);
    }
}
