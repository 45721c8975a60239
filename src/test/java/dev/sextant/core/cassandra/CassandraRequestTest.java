package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import dev.sextant.testsupport.TestCassandra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a request is served: its consistency level and coordinator read back, its trace, and cancel. */
class CassandraRequestTest {

    private static TestCassandra node;
    private static CassandraSession session;

    @BeforeAll
    static void create() {
        node = TestCassandra.get();
        session = CassandraSession.open(node.spec(), null);
        session.execute("DROP KEYSPACE IF EXISTS requests");
        session.execute("CREATE KEYSPACE requests WITH REPLICATION = {'class':'SimpleStrategy','replication_factor':1}");
        session.execute("CREATE TABLE requests.notes (id int PRIMARY KEY, body text)");
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.execute("DROP KEYSPACE IF EXISTS requests");
            session.close();
        }
    }

    @Test
    void theDefaultIsLocalOneAndQuorumIsUsedWhenChosen() {
        session.setConsistency(DefaultConsistencyLevel.LOCAL_ONE);
        assertEquals("LOCAL_ONE", session.execute("SELECT * FROM requests.notes WHERE id = 1").facts().consistency());

        session.setConsistency(DefaultConsistencyLevel.QUORUM);
        session.setTracing(true);
        try {
            CqlResult result = session.execute("SELECT * FROM requests.notes WHERE id = 1");
            assertEquals("QUORUM", result.facts().consistency());
            assertEquals(node.host() + ":" + node.port(), result.facts().coordinator());
            assertEquals("datacenter1", result.facts().datacenter());
            // The coordinator's own record of the request, not our memory of what we asked for.
            assertEquals("QUORUM", result.trace().parameters().get("consistency_level"));
        } finally {
            session.setTracing(false);
            session.setConsistency(DefaultConsistencyLevel.LOCAL_ONE);
        }
    }

    @Test
    void aTraceListsEventsWithTheirSourceAndElapsedMicroseconds() {
        session.setTracing(true);
        CqlResult result;
        try {
            result = session.execute("INSERT INTO requests.notes (id, body) VALUES (2, 'traced')");
        } finally {
            session.setTracing(false);
        }
        QueryTrace trace = result.trace();
        assertEquals("Execute CQL3 query", trace.request());
        assertFalse(trace.events().isEmpty());
        assertTrue(trace.events().stream().allMatch(e -> e.source().equals(node.host())), trace.events().toString());
        assertTrue(trace.events().stream().allMatch(e -> e.elapsedMicros() >= 0));
        assertEquals("source_elapsed µs", trace.asResult().columns().get(2).label());
        assertEquals(trace.events().size(), trace.asResult().rows().size());
        assertNull(session.execute("SELECT * FROM requests.notes WHERE id = 2").trace(), "tracing is off again");
    }

    @Test
    void cancelAbandonsTheRequestAtOnceAndTheSessionStaysUsable() throws Exception {
        CompletableFuture<CqlResult> running;
        long cancelled;
        node.pause(); // the node answers nothing until resumed: the request stays in flight
        try {
            running = CompletableFuture.supplyAsync(
                    () -> session.execute("INSERT INTO requests.notes (id, body) VALUES (3, 'sent before cancel')"));
            Thread.sleep(300);
            assertFalse(running.isDone(), "the request waits for the frozen node");
            session.cancel();
            cancelled = System.nanoTime();
            ExecutionException error = assertThrows(ExecutionException.class, () -> running.get(2, TimeUnit.SECONDS));
            assertTrue(Duration.ofNanos(System.nanoTime() - cancelled).toMillis() < 2_000);
            assertInstanceOf(CqlCancelledException.class, error.getCause());
            assertTrue(CqlErrors.of(error.getCause(), null).sentence().contains("the server may still finish it"));
        } finally {
            node.resume();
        }
        assertEquals("5.0.9", session.execute("SELECT release_version FROM system.local").rows().rows().get(0)[0],
                "the same session runs the next statement");
        // What the message warns of: the abandoned write still reached the server.
        assertEquals("sent before cancel", awaitBody(3));
    }

    private static Object awaitBody(int id) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            var rows = session.execute("SELECT body FROM requests.notes WHERE id = " + id).rows().rows();
            if (!rows.isEmpty()) {
                return rows.get(0)[0];
            }
            Thread.sleep(100);
        }
        return null;
    }
}
