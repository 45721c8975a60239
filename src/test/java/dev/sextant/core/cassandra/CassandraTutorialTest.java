package dev.sextant.core.cassandra;

import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.PlainError;
import dev.sextant.testsupport.TestCassandra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tutorials' Cassandra steps, as a user types them into a CQL tab, against the suite's node. */
class CassandraTutorialTest {

    private static TestCassandra node;
    private static CassandraSession session;

    @BeforeAll
    static void connect() {
        node = TestCassandra.get();
        session = CassandraSession.open(node.spec(), null);
        session.execute("DROP KEYSPACE IF EXISTS tutorial");
        session.execute("DROP KEYSPACE IF EXISTS tutorial_side");
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.execute("DROP KEYSPACE IF EXISTS tutorial");
            session.execute("DROP KEYSPACE IF EXISTS tutorial_side");
            session.close();
        }
    }

    @Test
    void keyspaceTableTwoInsertsWithBoundValuesAndSelectByKey() {
        CqlResult created = session.execute("CREATE KEYSPACE tutorial WITH REPLICATION = "
                + "{'class':'SimpleStrategy','replication_factor':1}");
        assertEquals(new Outcome.Done("CREATE KEYSPACE"), created.messages().get(0));

        CqlResult use = session.execute("USE tutorial");
        assertEquals("tutorial", use.newKeyspace());
        assertEquals("tutorial", session.keyspace());
        assertTrue(use.messages().contains(new Outcome.Notice("Keyspace is now tutorial.")), use.messages().toString());

        session.execute("CREATE TABLE songs (year int, artist_name text, song_title text, PRIMARY KEY (year, artist_name))");
        CqlResult first = session.execute("INSERT INTO songs (year, artist_name, song_title) VALUES (?, ?, ?)",
                List.of(BoundValue.number("1970"), BoundValue.text("The Beatles"), BoundValue.text("Let It Be")));
        session.execute("INSERT INTO songs (year, artist_name, song_title) VALUES (:year, :artist, :title)",
                List.of(BoundValue.number("1970"), BoundValue.text("Simon & Garfunkel"),
                        BoundValue.text("Bridge Over Troubled Water")));
        assertFalse(first.hasRows());
        assertEquals("INSERT: consistency LOCAL_ONE · coordinator " + node.host() + ":" + node.port()
                + " in datacenter1", ((Outcome.Notice) first.messages().get(1)).text());

        CqlResult rows = session.execute("SELECT artist_name, song_title FROM songs WHERE year = ?",
                List.of(BoundValue.number("1970")));
        // In clustering order: artist_name ascending.
        assertEquals(List.of("[Simon & Garfunkel, Bridge Over Troubled Water]", "[The Beatles, Let It Be]"),
                rows.rows().rows().stream().map(Arrays::toString).toList());
        assertEquals("artist_name", rows.rows().columns().get(0).label());
        assertFalse(rows.hasMore());
    }

    @Test
    void anUnterminatedQuoteIsOneSentence() {
        String cql = "SELECT * FROM system.local WHERE key = 'local";
        RuntimeException error = assertThrows(RuntimeException.class, () -> session.execute(cql));
        PlainError plain = CqlErrors.of(error, cql);

        assertEquals("A quoted string is never closed: the statement ends inside its quotes (line 1, column "
                + (cql.length() + 1) + ").", plain.sentence());
        assertFalse(plain.sentence().contains("\n"));
        assertTrue(plain.explanation().startsWith("Cassandra: line 1:"), plain.explanation());
        assertEquals("release_version", session.execute("SELECT release_version FROM system.local")
                .rows().columns().get(0).label(), "the session is still usable after the error");
    }

    @Test
    void aQueryThatNeedsAllowFilteringSaysWhatThatWouldMean() {
        session.execute("CREATE KEYSPACE IF NOT EXISTS tutorial_side WITH REPLICATION = "
                + "{'class':'SimpleStrategy','replication_factor':1}");
        session.execute("CREATE TABLE IF NOT EXISTS tutorial_side.albums (year int, title text, label text, PRIMARY KEY (year, title))");
        String cql = "SELECT * FROM tutorial_side.albums WHERE label = 'Apple'";
        PlainError plain = CqlErrors.of(assertThrows(RuntimeException.class, () -> session.execute(cql)), cql);

        assertTrue(plain.sentence().startsWith("Cannot execute this query as it might involve data filtering"),
                plain.sentence());
        assertTrue(plain.explanation().contains("use ALLOW FILTERING"), plain.explanation());
        assertTrue(plain.explanation().contains("a scan of every partition"), plain.explanation());
    }

    @Test
    void thereAreNoTransactionsAndTheSessionSaysSo() {
        assertFalse(session.supportsTransactions());
        assertEquals("Cassandra applies each write at once; use BATCH or IF for lightweight transactions.",
                CassandraSession.NO_TRANSACTIONS);
        assertEquals("No transactions · CQL", CassandraSession.TRANSACTION_STATUS);
    }

    @Test
    void aStatementWithoutRowsHasNoPages() {
        CqlResult result = session.execute("CREATE KEYSPACE IF NOT EXISTS tutorial_side WITH REPLICATION = "
                + "{'class':'SimpleStrategy','replication_factor':1}");
        assertNull(result.rows());
        assertNull(result.rest());
    }
}
