package dev.sextant.core.postgres;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a connection could not be made, in one sentence, for failures where pgjdbc's own text
 * ("The connection attempt failed.") does not say it. Server-side refusals that already read
 * well (wrong password, unknown database or role) keep the server's words.
 */
final class ConnectionFailure {

    private static final Pattern REFUSED = Pattern.compile("Connection to (.+) refused");

    private ConnectionFailure() {
    }

    /** The sentence, or null when the error is not a failure to connect this class knows. */
    static String sentence(PSQLException e) {
        ServerErrorMessage server = e.getServerErrorMessage();
        if (server != null) {
            return fromServer(server);
        }
        if ("The server does not support SSL.".equals(e.getMessage())) {
            return "The server does not accept SSL connections, but the SSL mode requires SSL.";
        }
        Throwable cause = rootOf(e, UnknownHostException.class);
        if (cause != null) {
            return "The host name \"" + hostName(cause.getMessage()) + "\" could not be found.";
        }
        if (rootOf(e, ConnectException.class) != null) {
            Matcher m = REFUSED.matcher(String.valueOf(e.getMessage()));
            String where = m.find() ? " at " + m.group(1) : "";
            return "The server" + where + " refused the connection; check that PostgreSQL is running and listens on that host and port.";
        }
        if (rootOf(e, SocketTimeoutException.class) != null) {
            return "The server did not answer within the connect timeout.";
        }
        if (rootOf(e, CertificateException.class) != null || rootOf(e, SSLException.class) != null) {
            return "The server's SSL certificate is not trusted; give the root certificate that signed it, or use SSL mode require.";
        }
        return null;
    }

    private static String fromServer(ServerErrorMessage server) {
        String message = String.valueOf(server.getMessage());
        if ("28000".equals(server.getSQLState()) && message.startsWith("no pg_hba.conf entry") && message.endsWith("no encryption")) {
            return "The server accepts only SSL connections from here; set the SSL mode to require.";
        }
        return null;
    }

    private static Throwable rootOf(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** UnknownHostException's message is the name, sometimes followed by ": Name or service not known". */
    private static String hostName(String message) {
        if (message == null) {
            return "?";
        }
        int colon = message.indexOf(": ");
        return colon > 0 ? message.substring(0, colon) : message;
    }
}
