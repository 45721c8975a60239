package dev.sextant.core.cassandra;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.ServerAddress;
import dev.sextant.core.engine.Engines;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.meta.CatalogSource;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SessionOpener;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.testsupport.TestCassandra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Cassandra tab's session and tree reached the way the app reaches them: through the engine contract. */
class CassandraTabSessionTest {

    private static Endpoint endpoint;
    private static EditorSession session;

    @BeforeAll
    static void connect() throws Exception {
        TestCassandra node = TestCassandra.get();
        ConnectionSpec spec = new ConnectionSpec(Engine.CASSANDRA, List.of(new ServerAddress(node.host(), node.port())),
                null, null, null, false, null, null, null, 0, TestCassandra.DATACENTER);
        endpoint = new Endpoint(spec, null);
        session = SessionOpener.of(Engine.CASSANDRA).open(endpoint);
        session.execute("DROP KEYSPACE IF EXISTS tabs", List.of());
    }

    @AfterAll
    static void close() throws Exception {
        if (session != null) {
            session.execute("DROP KEYSPACE IF EXISTS tabs", List.of());
            session.close(TransactionEnd.ROLLBACK);
        }
    }

    @Test
    void theEngineSaysWhatItLacks() {
        assertFalse(Engine.CASSANDRA.supportsTransactions());
        assertFalse(Engines.of(Engine.CASSANDRA).dialect().canWrapForSort());
        assertEquals("CQL", Engines.of(Engine.CASSANDRA).dialect().languageName());
        assertEquals("LOCAL_ONE", Engines.of(Engine.CASSANDRA).dialect().consistencyLevels().get(0));
        assertEquals(9042, Engine.CASSANDRA.connection().defaultPort());
        assertTrue(Engine.CASSANDRA.jdbc().isEmpty());
    }

    @Test
    void theTutorialRunsInATabAndTheTreeShowsItsKeys() throws Exception {
        session.execute("CREATE KEYSPACE tabs WITH REPLICATION = {'class':'SimpleStrategy','replication_factor':1}", List.of());
        List<Outcome> use = session.execute("USE tabs", List.of());
        assertTrue(use.contains(new Outcome.Notice("Keyspace is now tabs.")), use.toString());
        assertEquals("keyspace tabs", session.place());
        session.execute("CREATE TABLE songs (year int, artist_name text, title text, PRIMARY KEY (year, artist_name))", List.of());
        session.execute("INSERT INTO songs (year, artist_name, title) VALUES (?, ?, ?)",
                List.of(BoundValue.number("1970"), BoundValue.text("The Beatles"), BoundValue.text("Let It Be")));
        session.execute("INSERT INTO songs (year, artist_name, title) VALUES (?, ?, ?)",
                List.of(BoundValue.number("1970"), BoundValue.text("Simon & Garfunkel"), BoundValue.text("Bridge")));

        session.useConsistency("QUORUM");
        List<Outcome> select = session.execute("SELECT artist_name, title FROM songs WHERE year = ?",
                List.of(BoundValue.number("1970")));
        Outcome.Rows rows = (Outcome.Rows) select.get(0);
        assertEquals(2, rows.result().rows().size());
        assertEquals("Simon & Garfunkel", String.valueOf(rows.result().rows().get(0)[0])); // clustering order: S before T
        assertTrue(select.stream().anyMatch(o -> o instanceof Outcome.Notice n
                && n.text().contains("consistency QUORUM") && n.text().contains("coordinator ")), select.toString());
        session.useConsistency("LOCAL_ONE");

        try (ConnectionPools pools = new ConnectionPools()) {
            CatalogReader tree = CatalogSource.of(Engine.CASSANDRA).catalog(pools, endpoint);
            readTree(tree);
        }
    }

    private static void readTree(CatalogReader tree) throws Exception {
        CatalogNode keyspace = tree.children(CatalogNode.connection("c")).stream()
                .filter(n -> n.name().equals("tabs")).findFirst().orElseThrow();
        assertEquals("SimpleStrategy rf 1", keyspace.detail());
        CatalogNode tables = tree.children(keyspace).get(0);
        CatalogNode songs = tree.children(tables).get(0);
        assertEquals("Primary key: PRIMARY KEY ((year), artist_name)", songs.tooltip());
        List<String> columns = tree.children(songs).stream().map(CatalogNode::label).toList();
        assertEquals(List.of("year : int · partition key", "artist_name : text · clustering key ASC", "title : text"), columns);
        assertTrue(tree.ddl(songs).startsWith("CREATE TABLE tabs.songs"), tree.ddl(songs));
    }

    @Test
    void aResultPagesThroughTheTabsFetch() throws Exception {
        session.execute("CREATE KEYSPACE IF NOT EXISTS tabs WITH REPLICATION = {'class':'SimpleStrategy','replication_factor':1}", List.of());
        session.execute("CREATE TABLE IF NOT EXISTS tabs.numbers (k int, n int, PRIMARY KEY (k, n))", List.of());
        for (int i = 0; i < 1500; i++) {
            session.execute("INSERT INTO tabs.numbers (k, n) VALUES (1, ?)", List.of(BoundValue.number(String.valueOf(i))));
        }
        Outcome.Rows first = (Outcome.Rows) session.execute("SELECT n FROM tabs.numbers WHERE k = 1", List.of()).get(0);
        assertEquals(1000, first.result().rows().size());
        assertTrue(first.hasMore());
        CompactRows rest = session.fetch(first.rest(), 1000);
        assertEquals(500, rest.size());
        assertFalse(first.rest().isOpen());
    }

    @Test
    void transactionsAreRefusedWithTheReasonAndErrorsAreOneSentence() {
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> session.end(TransactionEnd.COMMIT));
        assertEquals(CassandraSession.NO_TRANSACTIONS, refused.getMessage());
        Exception error = assertThrows(Exception.class, () -> session.execute("SELECT * FROM tabs.songs WHERE title = 'x", List.of()));
        PlainError plain = PlainError.of(error);
        assertTrue(plain.sentence().startsWith("A quoted string is never closed"), plain.sentence());
    }
}
