package dev.sextant.bench;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SqlSession;
import dev.sextant.testsupport.TestPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;
import java.util.Properties;

/**
 * How Sextant's result pipeline compares with the cheapest raw reads, side by side in one run
 * (these machines are noisy: read the ratios, not the absolute figures). PostgreSQL: a
 * 1,000,000-row mixed-type table read by raw pgjdbc in text ({@code getString}) and in binary
 * transfer (typed getters), the faster counting as the baseline, and psql's {@code \copy} to
 * /dev/null as the limit no JDBC client reaches. SQLite: a 1,000,000-row file read by raw
 * sqlite-jdbc. Not a test. Run it in a 512 MB heap:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx512m -cp %classpath dev.sextant.bench.StreamingBenchmark"</pre>
 */
public final class StreamingBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    private static final int REPEATS = 3;
    private static final String TABLE_SQL = "SELECT * FROM bench_rows";

    private StreamingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestPostgres server = TestPostgres.get();
        Endpoint endpoint = server.endpoint("postgres");
        createTable(server);
        System.out.printf("Streaming benchmark, %,d-row mixed-type table, max heap %d MB%n", ROWS,
                Runtime.getRuntime().maxMemory() >> 20);

        Properties text = new Properties();
        Properties binary = new Properties();
        binary.setProperty("prepareThreshold", "-1");
        binary.setProperty("binaryTransfer", "true");
        // Interleaved rounds, so a busy spell of the machine slows every path alike.
        double[][] runs = rounds(
                () -> rawRowsPerSecond(server, text),
                () -> rawRowsPerSecond(server, binary),
                () -> psqlCopyRowsPerSecond(server),
                () -> pipelineRowsPerSecond(endpoint, TABLE_SQL));
        double raw = Math.max(median(runs[0]), median(runs[1]));
        double ours = median(runs[3]);
        System.out.printf("PostgreSQL: raw pgjdbc text %,.0f rows/s, raw pgjdbc binary %,.0f rows/s, "
                + "psql \\copy (limit) %,.0f rows/s, Sextant pipeline %,.0f rows/s: ratio %.2f of the faster raw "
                + "(goal >= 0.8), %.2f of psql%n", median(runs[0]), median(runs[1]), median(runs[2]), ours, ours / raw,
                ours / median(runs[2]));
        System.out.printf("  client CPU per 1,000,000 rows (the reading thread, immune to the server's load): raw text "
                + "%.0f ms, raw binary %.0f ms, Sextant %.0f ms%n", cpu[0] / REPEATS, cpu[1] / REPEATS, cpu[3] / REPEATS);

        Path file = sqliteFile();
        double[][] sqlite = rounds(() -> rawSqliteRowsPerSecond(file),
                () -> pipelineRowsPerSecond(Endpoint.of(ConnectionSpec.sqlite(file)), TABLE_SQL));
        double sqliteRaw = median(sqlite[0]);
        double sqliteOurs = median(sqlite[1]);
        System.out.printf("SQLite: raw sqlite-jdbc %,.0f rows/s, Sextant pipeline %,.0f rows/s: ratio %.2f "
                + "(goal >= 0.8)%n", sqliteRaw, sqliteOurs, sqliteOurs / sqliteRaw);
        Files.deleteIfExists(file);
        System.exit(0); // the zonky shutdown hook stops the server
    }

    static void createTable(TestPostgres server) throws SQLException {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_rows");
            s.execute("CREATE TABLE bench_rows AS SELECT g AS id, md5(g::text) AS name, (g % 1000) * 1.25 AS price, "
                    + "now() - g * interval '1 second' AS at, g % 2 = 0 AS even, g / 7.0::float8 AS ratio "
                    + "FROM generate_series(1, " + ROWS + ") g");
            s.execute("VACUUM ANALYZE bench_rows");
        }
    }

    /**
     * pgjdbc as a careful program reads it: a cursor of 1,000 rows, each value by the cheapest
     * getter for its type and transfer (text: {@code getString}; binary: primitives typed).
     */
    private static double rawRowsPerSecond(TestPostgres server, Properties options) throws SQLException {
        try (Connection c = server.connect("postgres", options)) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long rows = 0;
            boolean binary = options.containsKey("binaryTransfer");
            try (PreparedStatement s = c.prepareStatement(TABLE_SQL)) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery()) {
                    int width = rs.getMetaData().getColumnCount();
                    int[] types = new int[width + 1];
                    for (int i = 1; i <= width; i++) {
                        types[i] = binary ? rs.getMetaData().getColumnType(i) : Types.VARCHAR;
                    }
                    while (rs.next()) {
                        for (int i = 1; i <= width; i++) {
                            readCheaply(rs, i, types[i]);
                        }
                        rows++;
                    }
                }
            }
            c.commit();
            return rows / seconds(start);
        }
    }

    private static void readCheaply(ResultSet rs, int column, int type) throws SQLException {
        switch (type) {
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT -> rs.getLong(column);
            case Types.DOUBLE, Types.REAL -> rs.getDouble(column);
            case Types.BIT, Types.BOOLEAN -> rs.getBoolean(column);
            default -> rs.getString(column);
        }
    }

    /** psql copying the rows out as text to /dev/null: how fast the server and the wire go. */
    private static double psqlCopyRowsPerSecond(TestPostgres server) throws Exception {
        ProcessBuilder psql = new ProcessBuilder("/usr/bin/psql", "-X", "-q", "-h", server.host(),
                "-p", Integer.toString(server.port()), "-U", server.user(), "-d", "postgres",
                "-c", "\\copy (" + TABLE_SQL + ") TO '/dev/null'");
        psql.environment().put("PGPASSWORD", server.password());
        psql.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        int exit = psql.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("psql exited with " + exit);
        }
        return ROWS / seconds(start);
    }

    /**
     * The session's stream, page by page as "Fetch all" asks for it, into the compact rows a
     * result tab keeps (what its grid's window moves over).
     */
    private static double pipelineRowsPerSecond(Endpoint endpoint, String sql) throws SQLException {
        try (SqlSession session = SqlSession.open(endpoint)) {
            long start = System.nanoTime();
            Outcome.Rows first = (Outcome.Rows) session.execute(sql).get(0);
            FetchedRows kept = new FetchedRows(first.result().rows());
            while (first.hasMore() && first.rest().isOpen()) {
                kept.add(session.fetch(first.rest(), 10_000));
            }
            if (kept.size() != ROWS) {
                throw new IllegalStateException("kept " + kept.size() + " rows");
            }
            return kept.size() / seconds(start);
        }
    }

    private static Path sqliteFile() throws Exception {
        Path file = Files.createTempFile("sextant-bench", ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_rows (id INTEGER, name TEXT, price REAL, at TEXT, even INTEGER, ratio REAL)");
            s.execute("WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < " + ROWS + ") "
                    + "INSERT INTO bench_rows SELECT x, hex(randomblob(16)), (x % 1000) * 1.25, "
                    + "datetime(1700000000 - x, 'unixepoch'), x % 2 = 0, x / 7.0 FROM g");
        }
        return file;
    }

    /** sqlite-jdbc as a careful program reads it: every value as the driver types it. */
    private static double rawSqliteRowsPerSecond(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            long start = System.nanoTime();
            long rows = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(TABLE_SQL)) {
                int width = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= width; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
            return rows / seconds(start);
        }
    }

    private interface Measure {
        double run() throws Exception;
    }

    private static final double[] cpu = new double[4];

    /** Each measure once to warm up, then {@link #REPEATS} rounds of all of them in turn. */
    private static double[][] rounds(Measure... measures) throws Exception {
        for (Measure m : measures) {
            m.run();
        }
        java.util.Arrays.fill(cpu, 0);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[][] values = new double[measures.length][REPEATS];
        for (int round = 0; round < REPEATS; round++) {
            for (int i = 0; i < measures.length; i++) {
                long before = threads.getCurrentThreadCpuTime();
                values[i][round] = measures[i].run();
                if (i < cpu.length) {
                    cpu[i] += (threads.getCurrentThreadCpuTime() - before) / 1e6 * 1_000_000 / ROWS;
                }
            }
        }
        return values;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
