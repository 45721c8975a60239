package dev.sextant.bench;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.sextant.core.cassandra.CassandraConnect;
import dev.sextant.core.cassandra.CassandraSession;
import dev.sextant.core.cassandra.CqlResult;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.testsupport.TestCassandra;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

/**
 * Sextant's CQL pipeline against raw driver iteration, side by side in one run on the suite's
 * test Cassandra node, over the same session (read the ratios: these machines are noisy).
 * Not a test. Measured here (2 shared cores, load ~25): rows/s 1.04x and 1.26x the driver, first page
 * 1.14x and 1.40x. Run it with:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=dev.sextant.bench.CassandraBenchmark</pre>
 */
public final class CassandraBenchmark {

    private static final int ROWS = 100_000;
    private static final int PER_PARTITION = 1_000;
    private static final int REPEATS = 5;
    private static final String QUERY = "SELECT * FROM bench.rows";

    private CassandraBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestCassandra node = TestCassandra.get();
        try (CassandraSession ours = CassandraSession.open(node.spec(), null)) {
            CqlSession raw = ours.driver();
            fill(raw);
            System.out.printf("Cassandra benchmark: %,d rows of 6 columns (int, int, text, double, timestamp, boolean),"
                    + " pages of %,d, node started in %.1f s (%d MB resident)%n", ROWS, CassandraConnect.PAGE_SIZE,
                    node.startMillis() / 1000.0, node.residentBytes() >> 20);
            double[] rates = alternating(() -> rawRowsPerSecond(raw), () -> pipelineRowsPerSecond(ours));
            double rawRate = rates[0];
            double ourRate = rates[1];
            System.out.printf("throughput: raw driver iteration %,.0f rows/s, Sextant pipeline into kept rows %,.0f rows/s,"
                    + " ratio %.2f (goal >= 0.8)%n", rawRate, ourRate, ourRate / rawRate);
            double[] firsts = alternating(() -> rawFirstPageMillis(raw), () -> firstPageMillis(ours));
            double rawFirst = firsts[0];
            double ourFirst = firsts[1];
            System.out.printf("first page: raw driver %.1f ms, Sextant %.1f ms, ratio %.2f (goal <= 2)%n",
                    rawFirst, ourFirst, ourFirst / rawFirst);
            ours.execute("DROP KEYSPACE bench");
        }
        System.exit(0); // the node's shutdown hook stops it
    }

    private static void fill(CqlSession driver) throws InterruptedException {
        driver.execute("DROP KEYSPACE IF EXISTS bench");
        driver.execute("CREATE KEYSPACE bench WITH REPLICATION = {'class':'SimpleStrategy','replication_factor':1}");
        driver.execute("CREATE TABLE bench.rows (bucket int, n int, name text, price double, at timestamp, "
                + "even boolean, PRIMARY KEY (bucket, n))");
        PreparedStatement insert = driver.prepare(
                "INSERT INTO bench.rows (bucket, n, name, price, at, even) VALUES (?, ?, ?, ?, ?, ?)");
        Semaphore inFlight = new Semaphore(32);
        Instant now = Instant.now();
        for (int start = 0; start < ROWS; start += 100) {
            BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
            for (int n = start; n < start + 100; n++) {
                batch.addStatement(insert.bind(n / PER_PARTITION, n, "name " + n, n * 1.25,
                        now.minusSeconds(n), n % 2 == 0));
            }
            inFlight.acquire();
            driver.executeAsync(batch.build()).whenComplete((r, e) -> inFlight.release());
        }
        inFlight.acquire(32);
    }

    /** The driver as a careful program uses it: pages of 1,000, every value read. */
    private static double rawRowsPerSecond(CqlSession driver) {
        long start = System.nanoTime();
        ResultSet rs = driver.execute(statement());
        long rows = 0;
        for (Row row : rs) {
            for (int i = 0; i < 6; i++) {
                row.getObject(i);
            }
            rows++;
        }
        return check(rows) / seconds(start);
    }

    /** The first page, then Fetch all's pages, into the compact rows a result tab keeps. */
    private static double pipelineRowsPerSecond(CassandraSession session) {
        long start = System.nanoTime();
        CqlResult result = session.execute(QUERY);
        FetchedRows kept = new FetchedRows(result.rows().rows());
        while (result.hasMore()) {
            kept.add(session.fetch(result.rest(), 10_000));
        }
        return check(kept.size()) / seconds(start);
    }

    private static double rawFirstPageMillis(CqlSession driver) {
        long start = System.nanoTime();
        ResultSet rs = driver.execute(statement());
        int available = rs.getAvailableWithoutFetching(); // the first page, which execute() waited for
        java.util.Iterator<Row> rows = rs.iterator();
        for (int r = 0; r < available; r++) {
            Row row = rows.next();
            for (int i = 0; i < 6; i++) {
                row.getObject(i);
            }
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (available != CassandraConnect.PAGE_SIZE) {
            throw new IllegalStateException("expected a first page of 1,000 rows, got " + available);
        }
        return millis;
    }

    private static double firstPageMillis(CassandraSession session) {
        long start = System.nanoTime();
        CqlResult result = session.execute(QUERY);
        double millis = (System.nanoTime() - start) / 1e6;
        if (result.rows().rows().size() != CassandraConnect.PAGE_SIZE) {
            throw new IllegalStateException("expected a first page of 1,000 rows");
        }
        return millis;
    }

    private static SimpleStatement statement() {
        return SimpleStatement.newInstance(QUERY).setPageSize(CassandraConnect.PAGE_SIZE)
                .setConsistencyLevel(DefaultConsistencyLevel.LOCAL_ONE);
    }

    private static long check(long rows) {
        if (rows != ROWS) {
            throw new IllegalStateException("read " + rows + " rows, expected " + ROWS);
        }
        return rows;
    }

    private interface Measure {
        double run() throws Exception;
    }

    /**
     * The medians of {@code raw} and {@code ours}, measured in turns (raw, ours, raw, ours…) after a
     * warm-up of each, so that a busy spell of a shared machine falls on both alike.
     */
    private static double[] alternating(Measure raw, Measure ours) throws Exception {
        raw.run();
        ours.run();
        double[] rawValues = new double[REPEATS];
        double[] ourValues = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            rawValues[i] = raw.run();
            ourValues[i] = ours.run();
        }
        Arrays.sort(rawValues);
        Arrays.sort(ourValues);
        return new double[] {rawValues[REPEATS / 2], ourValues[REPEATS / 2]};
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
