package dev.sextant.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Generates the sample SQLite database that is open on first start, so there is something to
 * click before any server exists: user accounts with their notes, and artists with albums and
 * tracks, tied together by foreign keys. Deterministic: the same rows every time.
 */
public final class SampleDatabase {

    static final List<String> FIRST = List.of("Rose", "Ada", "Linus", "Grace", "Edgar", "Barbara", "Ken",
            "Margaret", "Dennis", "Frances", "Guido", "Radia", "Alan", "Hedy", "Tim", "Katherine");
    static final List<String> LAST = List.of("Lovelace", "Hopper", "Codd", "Liskov", "Thompson", "Hamilton",
            "Ritchie", "Allen", "Perlman", "Turing", "Lamarr", "Johnson", "Knuth", "Stonebraker");
    static final List<String> WORDS = List.of("blue", "quiet", "river", "night", "electric", "paper", "golden",
            "city", "winter", "signal", "garden", "echo", "north", "velvet", "static", "harbor", "orbit");

    private SampleDatabase() {
    }

    /** Creates the sample at {@code file} unless it exists. Returns whether it was created. */
    public static boolean createIfMissing(Path file) throws IOException, SQLException {
        if (Files.exists(file)) {
            return false;
        }
        // Build beside it, then move in place: a crash never leaves a half-made sample behind.
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + partial)) {
            c.setAutoCommit(false);
            createTables(c);
            fill(c, new Random(42));
            c.commit();
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static void createTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            createUsersAndNotes(s);
            createMusic(s);
            createIndexesAndView(s);
        }
    }

    /** Users and their notes: a key to follow from one table to the other. */
    private static void createUsersAndNotes(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE users (
                  id INTEGER PRIMARY KEY,
                  username TEXT NOT NULL UNIQUE,
                  email TEXT NOT NULL,
                  full_name TEXT,
                  joined DATE NOT NULL)""");
        s.execute("""
                CREATE TABLE notes (
                  id INTEGER PRIMARY KEY,
                  user_id INTEGER NOT NULL REFERENCES users(id),
                  title TEXT NOT NULL,
                  body TEXT,
                  created DATE NOT NULL)""");
    }

    /** Artists, albums and tracks: keys two levels deep, and numbers to sum. */
    private static void createMusic(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE artists (
                  id INTEGER PRIMARY KEY,
                  name TEXT NOT NULL UNIQUE,
                  country TEXT)""");
        s.execute("""
                CREATE TABLE albums (
                  id INTEGER PRIMARY KEY,
                  artist_id INTEGER NOT NULL REFERENCES artists(id),
                  title TEXT NOT NULL,
                  released INTEGER)""");
        s.execute("""
                CREATE TABLE tracks (
                  id INTEGER PRIMARY KEY,
                  album_id INTEGER NOT NULL REFERENCES albums(id),
                  position INTEGER NOT NULL,
                  title TEXT NOT NULL,
                  seconds INTEGER NOT NULL,
                  price NUMERIC)""");
    }

    private static void createIndexesAndView(Statement s) throws SQLException {
        s.execute("CREATE INDEX notes_by_user ON notes(user_id)");
        s.execute("CREATE INDEX albums_by_artist ON albums(artist_id)");
        s.execute("""
                CREATE VIEW album_lengths AS
                  SELECT ar.name AS artist, al.title AS album, count(t.id) AS tracks,
                         sum(t.seconds) AS seconds
                  FROM albums al JOIN artists ar ON ar.id = al.artist_id
                  LEFT JOIN tracks t ON t.album_id = al.id
                  GROUP BY al.id""");
    }

    private static void fill(Connection c, Random random) throws SQLException {
        LocalDate epoch = LocalDate.of(2019, 1, 1);
        try (PreparedStatement users = c.prepareStatement("INSERT INTO users VALUES (?, ?, ?, ?, ?)");
             PreparedStatement notes = c.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, ?)")) {
            int noteId = 1;
            for (int id = 1; id <= 40; id++) {
                String first = FIRST.get(random.nextInt(FIRST.size()));
                String last = LAST.get(random.nextInt(LAST.size()));
                String username = (first.charAt(0) + last).toLowerCase() + id;
                LocalDate joined = epoch.plusDays(random.nextInt(1500));
                users.setInt(1, id);
                users.setString(2, username);
                users.setString(3, username + "@example.com");
                users.setString(4, id % 9 == 0 ? null : first + " " + last);
                users.setString(5, joined.toString());
                users.addBatch();
                for (int n = random.nextInt(6); n > 0; n--) {
                    notes.setInt(1, noteId++);
                    notes.setInt(2, id);
                    notes.setString(3, phrase(random, 3));
                    notes.setString(4, random.nextInt(5) == 0 ? null : phrase(random, 12));
                    notes.setString(5, joined.plusDays(random.nextInt(300)).toString());
                    notes.addBatch();
                }
            }
            users.executeBatch();
            notes.executeBatch();
        }
        fillMusic(c, random);
    }

    private static void fillMusic(Connection c, Random random) throws SQLException {
        List<String> countries = List.of("GB", "US", "DE", "FR", "JP", "BR", "NG", "SE");
        try (PreparedStatement artists = c.prepareStatement("INSERT INTO artists VALUES (?, ?, ?)");
             PreparedStatement albums = c.prepareStatement("INSERT INTO albums VALUES (?, ?, ?, ?)");
             PreparedStatement tracks = c.prepareStatement("INSERT INTO tracks VALUES (?, ?, ?, ?, ?, ?)")) {
            int albumId = 1;
            int trackId = 1;
            for (int id = 1; id <= 15; id++) {
                artists.setInt(1, id);
                artists.setString(2, "The " + capitalised(WORDS.get((id * 7) % WORDS.size())) + " "
                        + capitalised(WORDS.get((id * 3 + 1) % WORDS.size())) + "s");
                artists.setString(3, countries.get(random.nextInt(countries.size())));
                artists.addBatch();
                for (int a = 1 + random.nextInt(3); a > 0; a--, albumId++) {
                    albums.setInt(1, albumId);
                    albums.setInt(2, id);
                    albums.setString(3, capitalised(phrase(random, 2)));
                    albums.setInt(4, 1965 + random.nextInt(60));
                    albums.addBatch();
                    for (int position = 1, n = 6 + random.nextInt(7); position <= n; position++) {
                        tracks.setInt(1, trackId++);
                        tracks.setInt(2, albumId);
                        tracks.setInt(3, position);
                        tracks.setString(4, capitalised(phrase(random, 1 + random.nextInt(3))));
                        tracks.setInt(5, 120 + random.nextInt(300));
                        tracks.setBigDecimal(6, new java.math.BigDecimal("0.99").add(
                                java.math.BigDecimal.valueOf(random.nextInt(3))));
                        tracks.addBatch();
                    }
                }
            }
            artists.executeBatch();
            albums.executeBatch();
            tracks.executeBatch();
        }
    }

    private static String phrase(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return sb.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
