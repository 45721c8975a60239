package dev.sextant.bench;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SqlSession;
import dev.sextant.testsupport.TestPostgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * A SELECT typed after a typed {@code BEGIN} in autocommit mode: how long until its first page,
 * and how much heap that page holds, against raw pgjdbc reading the same query through a
 * cursor. Before the driver followed typed transactions it stayed in autocommit and read the
 * whole result into memory first. Not a test. Run it with:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx1g -cp %classpath dev.sextant.bench.TypedBeginBenchmark"</pre>
 */
public final class TypedBeginBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 3_000_000);
    private static final int REPEATS = 3;
    private static final String SQL = "SELECT g, md5(g::text) AS name FROM generate_series(1, " + ROWS + ") g";

    private TypedBeginBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestPostgres server = TestPostgres.get();
        Endpoint endpoint = server.endpoint("postgres");
        System.out.printf("Typed BEGIN benchmark, %,d rows, max heap %d MB%n", ROWS,
                Runtime.getRuntime().maxMemory() >> 20);
        rawFirstRow(server);
        ourFirstPage(endpoint);
        double[] raw = new double[REPEATS];
        double[] ours = new double[REPEATS];
        long[] heap = new long[REPEATS];
        for (int round = 0; round < REPEATS; round++) {
            raw[round] = rawFirstRow(server);
            long[] measured = ourFirstPage(endpoint);
            ours[round] = Math.round(measured[0] / 1e6);
            heap[round] = measured[1];
        }
        System.out.printf("raw pgjdbc cursor, first row: %.0f ms (runs %s)%n", median(raw), Arrays.toString(raw));
        System.out.printf("Sextant after a typed BEGIN, first page: %.0f ms (runs %s), heap held %s KB: "
                + "ratio %.2f of raw%n", median(ours), Arrays.toString(ours), Arrays.toString(heap),
                median(ours) / median(raw));
        System.exit(0); // the zonky shutdown hook stops the server
    }

    /** A careful program: autocommit off, a 1,000-row cursor, time to the first row. */
    private static double rawFirstRow(TestPostgres server) throws SQLException {
        try (Connection c = server.connect("postgres")) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.setFetchSize(SqlSession.FETCH_SIZE);
                try (ResultSet rs = s.executeQuery(SQL)) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no rows");
                    }
                    double millis = (System.nanoTime() - start) / 1e6;
                    c.rollback();
                    return Math.round(millis);
                }
            }
        }
    }

    /** The session in autocommit mode, BEGIN typed, then the SELECT: nanos to its first page, KB held. */
    private static long[] ourFirstPage(Endpoint endpoint) throws SQLException {
        try (SqlSession session = SqlSession.open(endpoint)) {
            session.execute("BEGIN");
            long before = usedHeap();
            long start = System.nanoTime();
            Outcome.Rows first = (Outcome.Rows) session.execute(SQL).get(0);
            long nanos = System.nanoTime() - start;
            long held = (usedHeap() - before) >> 10;
            if (first.result().rows().isEmpty()) { // also keeps the page reachable while the heap is read
                throw new IllegalStateException("no rows");
            }
            session.execute("ROLLBACK");
            return new long[] {nanos, Math.max(0, held)};
        }
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
