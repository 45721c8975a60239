package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.testsupport.TestCassandra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 25,000 rows through the driver's paging: a first page of 1,000, then Fetch all, and an empty last page. */
class CassandraPagingTest {

    private static final int ROWS = 25_000;
    private static final int PER_PARTITION = 1_000;

    private static CassandraSession session;

    @BeforeAll
    static void fill() {
        session = CassandraSession.open(TestCassandra.get().spec(), null);
        session.execute("DROP KEYSPACE IF EXISTS paging");
        session.execute("CREATE KEYSPACE paging WITH REPLICATION = {'class':'SimpleStrategy','replication_factor':1}");
        session.execute("CREATE TABLE paging.numbers (bucket int, n int, label text, PRIMARY KEY (bucket, n))");
        insert(session.driver());
    }

    /** One unlogged batch of 100 rows per request, all of one partition: 250 requests instead of 25,000. */
    private static void insert(CqlSession driver) {
        PreparedStatement insert = driver.prepare("INSERT INTO paging.numbers (bucket, n, label) VALUES (?, ?, ?)");
        List<CompletableFuture<?>> writes = new ArrayList<>();
        for (int start = 0; start < ROWS; start += 100) {
            BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
            for (int n = start; n < start + 100; n++) {
                batch.addStatement(insert.bind(n / PER_PARTITION, n, "row " + n));
            }
            writes.add(driver.executeAsync(batch.build()).toCompletableFuture());
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.execute("DROP KEYSPACE IF EXISTS paging");
            session.close();
        }
    }

    @Test
    void aFirstPageOfAThousandThenFetchAllReadsEveryRowOnce() {
        CqlResult result = session.execute("SELECT n, label FROM paging.numbers");
        assertEquals(1_000, result.rows().rows().size());
        assertTrue(result.rows().more());
        assertTrue(result.hasMore());

        FetchedRows kept = new FetchedRows(result.rows().rows());
        while (result.rest().isOpen()) {
            kept.add(session.fetch(result.rest(), 10_000));
        }
        assertEquals(ROWS, kept.size());
        Set<Object> seen = new HashSet<>();
        kept.range(0, ROWS).forEach(row -> seen.add(row[0]));
        assertEquals(ROWS, seen.size(), "every n exactly once");
        assertEquals(ROWS, result.rest().fetched());
    }

    @Test
    void aResultOfExactlyOnePageEndsOnTheEmptyPageAfterIt() {
        CqlResult result = session.execute("SELECT n FROM paging.numbers WHERE bucket = 3");
        assertEquals(PER_PARTITION, result.rows().rows().size());
        assertEquals(3_000, result.rows().rows().get(0)[0]);
        if (result.hasMore()) {
            // Cassandra sent a paging state after the 1,000th row: the page after it is empty.
            assertEquals(0, session.fetch(result.rest(), 1_000).size());
            assertFalse(result.rest().isOpen());
        }
        assertFalse(result.hasMore());
    }

    @Test
    void theNextPageComesOnlyWhenAskedFor() {
        CqlResult result = session.execute("SELECT n FROM paging.numbers WHERE bucket IN (1, 2)");
        assertEquals(1_000, result.rows().rows().size());
        assertEquals(1_000, result.rest().fetched(), "only the first page was read");
        assertEquals(500, session.fetch(result.rest(), 500).size());
        assertEquals(500, session.fetch(result.rest(), 10_000).size());
        assertFalse(result.rest().isOpen());
    }
}
