package dev.sextant.core.store;

import dev.sextant.core.sql.PasswordMask;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every statement run, per connection, in the SQLite file {@code history.db} under the
 * {@link AppHome}. Each call opens its own short connection, so any background thread may
 * record or search; call it off the FX thread. Passwords in a statement are kept as
 * {@code '***'} ({@link PasswordMask}): the file is plain text on disk.
 */
public final class QueryHistory {

    static final String FILE = "history.db";

    private final Path file;
    private boolean ready;

    public QueryHistory(AppHome home) {
        this(home.dir().resolve(FILE));
    }

    QueryHistory(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void record(HistoryEntry entry) throws SQLException {
        try (Connection c = open(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO history (sql, ran_at, connection, millis, outcome, failed) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, PasswordMask.hide(entry.sql()));
            insert.setLong(2, entry.ranAt().toEpochMilli());
            insert.setString(3, entry.connection());
            insert.setLong(4, entry.millis());
            insert.setString(5, entry.outcome());
            insert.setInt(6, entry.failed() ? 1 : 0);
            insert.executeUpdate();
        }
    }

    /**
     * Statements whose text contains {@code text} (ignoring case; blank matches all), run on
     * {@code connection} (null: any), newest first, at most {@code limit}.
     */
    public synchronized List<HistoryEntry> search(String text, String connection, int limit) throws SQLException {
        String sql = "SELECT sql, ran_at, connection, millis, outcome, failed FROM history"
                + " WHERE sql LIKE ? ESCAPE '\\'" + (connection == null ? "" : " AND connection = ?")
                + " ORDER BY ran_at DESC, id DESC LIMIT ?";
        try (Connection c = open(); PreparedStatement query = c.prepareStatement(sql)) {
            int i = 1;
            query.setString(i++, "%" + escapeLike(text == null ? "" : text.strip()) + "%");
            if (connection != null) {
                query.setString(i++, connection);
            }
            query.setInt(i, limit);
            List<HistoryEntry> found = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(new HistoryEntry(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                            rs.getLong(4), rs.getString(5), rs.getInt(6) != 0));
                }
            }
            return found;
        }
    }

    /** The connections that have history, most recently used first. */
    public synchronized List<String> connections() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT connection FROM history GROUP BY connection ORDER BY max(ran_at) DESC")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        if (!ready) {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TABLE IF NOT EXISTS history (
                          id INTEGER PRIMARY KEY,
                          sql TEXT NOT NULL,
                          ran_at INTEGER NOT NULL,
                          connection TEXT NOT NULL,
                          millis INTEGER NOT NULL,
                          outcome TEXT NOT NULL,
                          failed INTEGER NOT NULL)""");
                s.execute("CREATE INDEX IF NOT EXISTS history_by_connection ON history (connection, ran_at)");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            ready = true;
        }
        return c;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
