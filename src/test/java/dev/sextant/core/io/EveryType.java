package dev.sextant.core.io;

import dev.sextant.testsupport.TestPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL table with a column of every common type and the values that break exports:
 * delimiters, quotes, line breaks, tabs and emoji in text, empty text beside NULL, NaN and
 * Infinity, numerics wider than a double, bytea, arrays, json. Also runs psql for comparisons.
 */
final class EveryType {

    static final String DDL = """
            CREATE TABLE every_type (
              id int PRIMARY KEY, small smallint, big bigint, amount numeric(12,4), huge numeric,
              ratio float8, real4 real, label text, maybe text, raw bytea, day date, at_time time,
              stamp timestamp, stamptz timestamptz, span interval, uid uuid, doc json, docb jsonb,
              tags text[], nums int[], flag boolean)""";

    static final String ROWS = """
            INSERT INTO every_type VALUES
            (1, -32768, 9223372036854775807, 12345678.1234, 123456789012345678901234567890.123456789012,
             'NaN', 'Infinity', E'comma, "quote"\\nnew line\\ttab \\U0001F986 back\\\\slash', '', '\\x00ff10',
             '2024-02-29', '23:59:59.999999', '2024-01-02 03:04:05.123456', '2024-01-02 03:04:05+02',
             '1 year 2 mons 3 days 04:05:06.5', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
             '{"a": [1, 2.50, "x"]}', '{"b": null, "n": 1.000000000000000000001}',
             ARRAY['a,b', 'c"d', NULL], '{1,2,3}', true),
            (2, 0, -1, -0.0001, 0, '-Infinity', 1.5, 'NULL', NULL, '\\x', '0044-03-15 BC', '00:00',
             '1999-12-31 23:59:59', 'infinity', '-3 days', '00000000-0000-0000-0000-000000000000',
             '[]', '"text"', '{}', '{}', false),
            (3, NULL, NULL, NULL, NULL, 1e-300, NULL, 'it''s | a pipe', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL)""";

    static final String QUERY = "SELECT * FROM every_type ORDER BY id";

    private EveryType() {
    }

    static void create(TestPostgres server, String database) throws SQLException {
        server.recreateDatabase(database);
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            s.execute(DDL);
            s.execute(ROWS);
        }
    }

    /** Every row as the server spells its values (getString), null for NULL: what an export must keep. */
    static List<Map<String, String>> serverRows(Connection c, String query) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Runs psql against the test server; the session's time zone is the JVM's, as pgjdbc's is. */
    static void psql(TestPostgres server, String database, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", server.host(), "-p", String.valueOf(server.port()), "-U", server.user(), "-d", database));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", server.password());
        builder.environment().put("PGTZ", TimeZone.getDefault().getID());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
    }

    static Path file(Path dir, String name) {
        return dir.resolve(name);
    }
}
