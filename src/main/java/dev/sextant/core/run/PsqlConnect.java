package dev.sextant.core.run;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.SqlSession;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * psql's {@code \c[onnect] db [user]} in a script: the rest of the script runs on a new session
 * to that database of the same server, in the mode (autocommit or manual) the tab was in.
 */
final class PsqlConnect {

    /** The new session, what the server says it is connected to, and its state. */
    record Switched(SqlSession session, String where, SessionStatus status) {
    }

    private PsqlConnect() {
    }

    /** Opens the session {@code \c} asks for ({@code -} or nothing keeps the current one's); blocking. */
    static Switched open(SqlSession current, List<String> args) throws Exception {
        ConnectionSpec spec = current.endpoint().spec();
        String database = args.isEmpty() || args.get(0).equals("-") ? spec.database() : args.get(0);
        String user = args.size() < 2 || args.get(1).equals("-") ? spec.user() : args.get(1);
        boolean manual = !current.status().autocommit();
        SqlSession opened = SqlSession.open(current.endpoint().forDatabaseAs(database, user));
        try {
            // Read back from the server, before manual mode would make this query open a transaction.
            String where = opened.runAsOneStep(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT current_database(), current_user")) {
                    rs.next();
                    return "You are now connected to database \"" + rs.getString(1) + "\" as user \"" + rs.getString(2) + "\".";
                }
            }, done -> 0);
            SessionStatus status = manual ? opened.setAutoCommit(false) : opened.status();
            return new Switched(opened, where, status);
        } catch (Exception e) {
            opened.close();
            throw e;
        }
    }
}
