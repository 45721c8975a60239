package dev.sextant.bench;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SqlSession;
import dev.sextant.testsupport.TestPostgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * How Sextant's result pipeline compares with raw pgjdbc, measured side by side in one run on
 * the suite's throwaway PostgreSQL (these machines are noisy: read the ratios, not the
 * absolute figures). Not a test. Run it in a 512 MB heap, as the issue asks:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx512m -cp %classpath dev.sextant.bench.StreamingBenchmark"</pre>
 */
public final class StreamingBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int REPEATS = 5;

    private StreamingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestPostgres server = TestPostgres.get();
        Endpoint endpoint = server.endpoint("postgres");
        createTable(server);
        System.out.printf("Streaming benchmark, %,d-row mixed-type table, max heap %d MB%n", ROWS,
                Runtime.getRuntime().maxMemory() >> 20);

        for (int limit : new int[] {200_000, ROWS}) {
            double raw = median(REPEATS, () -> rawRowsPerSecond(server, limit));
            double ours = median(REPEATS, () -> pipelineRowsPerSecond(endpoint, limit));
            System.out.printf("throughput over %,d rows: raw pgjdbc cursor %,.0f rows/s, Sextant pipeline into the kept"
                    + " rows %,.0f rows/s, ratio %.2f (goal >= 0.8)%n", limit, raw, ours, ours / raw);
        }

        for (int n : new int[] {10_000, 1_000_000, 10_000_000}) {
            String sql = "SELECT g, md5(g::text), g * 1.5 FROM generate_series(1, " + n + ") g";
            double rawFirst = median(REPEATS, () -> rawFirstRowMillis(server, sql));
            double oursFirst = median(REPEATS, () -> firstPageMillis(endpoint, sql));
            System.out.printf("first rows of %,11d: raw first row %7.1f ms, Sextant first 1,000 rows %7.1f ms (ratio %.2f)%n",
                    n, rawFirst, oursFirst, oursFirst / rawFirst);
        }
        System.out.printf("heap after a 10,000,000-row query's first page: %d MB used%n", heapAfterHugeQuery(endpoint) >> 20);
        System.exit(0); // the zonky shutdown hook stops the server
    }

    private static void createTable(TestPostgres server) throws SQLException {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_rows");
            s.execute("CREATE TABLE bench_rows AS SELECT g AS id, md5(g::text) AS name, (g % 1000) * 1.25 AS price, "
                    + "now() - g * interval '1 second' AS at, g % 2 = 0 AS even, g / 7.0::float8 AS ratio "
                    + "FROM generate_series(1, " + ROWS + ") g");
            s.execute("VACUUM ANALYZE bench_rows");
        }
    }

    /** pgjdbc as a careful program would use it: a cursor of 1,000 rows, every value read. */
    private static double rawRowsPerSecond(TestPostgres server, int limit) throws SQLException {
        try (Connection c = server.connect("postgres")) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long rows = 0;
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery("SELECT * FROM bench_rows")) {
                    int width = rs.getMetaData().getColumnCount();
                    while (rows < limit && rs.next()) {
                        for (int i = 1; i <= width; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
            }
            c.commit();
            return rows / seconds(start);
        }
    }

    /**
     * The session's stream, page by page as "Fetch all" asks for it, into the compact rows a
     * result tab keeps (what its grid's window moves over).
     */
    private static double pipelineRowsPerSecond(Endpoint endpoint, int limit) throws SQLException {
        try (SqlSession session = SqlSession.open(endpoint)) {
            long start = System.nanoTime();
            Outcome.Rows first = (Outcome.Rows) session.execute("SELECT * FROM bench_rows").get(0);
            FetchedRows kept = new FetchedRows(first.result().rows());
            while (first.hasMore() && kept.size() < limit) {
                kept.add(session.fetch(first.rest(), Math.min(10_000, (int) (limit - kept.size()))));
            }
            return kept.size() / seconds(start);
        }
    }

    private static double rawFirstRowMillis(TestPostgres server, String sql) throws SQLException {
        try (Connection c = server.connect("postgres")) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    rs.getObject(1);
                }
            }
            double millis = (System.nanoTime() - start) / 1e6;
            c.rollback();
            return millis;
        }
    }

    private static double firstPageMillis(Endpoint endpoint, String sql) throws SQLException {
        try (SqlSession session = SqlSession.open(endpoint)) {
            long start = System.nanoTime();
            Outcome.Rows rows = (Outcome.Rows) session.execute(sql).get(0);
            double millis = (System.nanoTime() - start) / 1e6;
            if (rows.result().rows().size() != 1000) {
                throw new IllegalStateException("expected a first page of 1,000 rows");
            }
            return millis;
        }
    }

    private static long heapAfterHugeQuery(Endpoint endpoint) throws Exception {
        try (SqlSession session = SqlSession.open(endpoint)) {
            Outcome.Rows rows = (Outcome.Rows) session.execute(
                    "SELECT g, md5(g::text) FROM generate_series(1, 10000000) g").get(0);
            session.fetch(rows.rest(), 10_000);
            System.gc();
            Thread.sleep(200);
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }
    }

    private interface Measure {
        double run() throws Exception;
    }

    private static double median(int times, Measure measure) throws Exception {
        measure.run(); // warm-up
        double[] values = new double[times];
        for (int i = 0; i < times; i++) {
            values[i] = measure.run();
        }
        Arrays.sort(values);
        return values[times / 2];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
