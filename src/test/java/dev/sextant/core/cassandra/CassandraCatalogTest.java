package dev.sextant.core.cassandra;

import dev.sextant.core.cassandra.CatalogEntries.Column;
import dev.sextant.core.cassandra.CatalogEntries.Keyspace;
import dev.sextant.core.cassandra.CatalogEntries.Role;
import dev.sextant.testsupport.TestCassandra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tree's view of a keyspace: replication, tables, views, types, functions, and columns in key order. */
class CassandraCatalogTest {

    private static CassandraSession session;
    private static CassandraCatalog catalog;

    @BeforeAll
    static void create() {
        session = CassandraSession.open(TestCassandra.get().spec(), null);
        catalog = new CassandraCatalog(session.driver());
        session.execute("DROP KEYSPACE IF EXISTS music");
        session.execute("CREATE KEYSPACE music WITH REPLICATION = {'class':'SimpleStrategy','replication_factor':1}");
        session.execute("CREATE TABLE music.songs (year int, artist_name text, song_title text, PRIMARY KEY (year, artist_name))");
        session.execute("CREATE TABLE music.plays (country text, city text, day date, at timestamp, song text, "
                + "label text STATIC, PRIMARY KEY ((country, city), day, at)) WITH CLUSTERING ORDER BY (day DESC, at ASC)");
        session.execute("CREATE MATERIALIZED VIEW music.songs_by_artist AS SELECT * FROM music.songs "
                + "WHERE artist_name IS NOT NULL AND year IS NOT NULL PRIMARY KEY (artist_name, year)");
        session.execute("CREATE TYPE music.address (street text, no int)");
        session.execute("CREATE FUNCTION music.twice(n int) RETURNS NULL ON NULL INPUT RETURNS int "
                + "LANGUAGE java AS 'return n * 2;'");
        catalog.refresh();
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.execute("DROP KEYSPACE IF EXISTS music");
            session.close();
        }
    }

    @Test
    void keyspacesShowTheirReplicationAndSystemOnesAreFlagged() {
        List<Keyspace> keyspaces = catalog.keyspaces();
        assertEquals(Optional.of(new Keyspace("music", "SimpleStrategy rf 1", false, false)),
                keyspaces.stream().filter(k -> k.name().equals("music")).findFirst());
        Keyspace system = keyspaces.stream().filter(k -> k.name().equals("system")).findFirst().orElseThrow();
        assertTrue(system.system());
        assertEquals("LocalStrategy", system.replication());
        assertTrue(keyspaces.stream().filter(k -> k.name().startsWith("system")).allMatch(Keyspace::system));
    }

    @Test
    void aKeyspaceListsItsTablesViewsTypesAndFunctions() {
        assertEquals(List.of("plays", "songs"), catalog.tables("music"));
        assertEquals(List.of("songs_by_artist"), catalog.materializedViews("music"));
        assertEquals(List.of("address"), catalog.userTypes("music"));
        assertEquals(List.of("twice(int)"), catalog.functions("music"));
    }

    @Test
    void columnsComeInKeyOrderMarkedWithTheirPart() {
        assertEquals(List.of(new Column("year", "int", Role.PARTITION_KEY),
                        new Column("artist_name", "text", Role.CLUSTERING_ASC),
                        new Column("song_title", "text", Role.REGULAR)),
                catalog.columns("music", "songs"));
        assertEquals(List.of(new Column("country", "text", Role.PARTITION_KEY),
                        new Column("city", "text", Role.PARTITION_KEY),
                        new Column("day", "date", Role.CLUSTERING_DESC),
                        new Column("at", "timestamp", Role.CLUSTERING_ASC),
                        new Column("label", "text", Role.STATIC),
                        new Column("song", "text", Role.REGULAR)),
                catalog.columns("music", "plays"));
        assertEquals("clustering key DESC", Role.CLUSTERING_DESC.words());
    }

    @Test
    void thePrimaryKeyIsWrittenTheCqlWay() {
        assertEquals("PRIMARY KEY ((year), artist_name)", catalog.primaryKey("music", "songs"));
        assertEquals("PRIMARY KEY ((country, city), day, at)", catalog.primaryKey("music", "plays"));
        assertEquals("PRIMARY KEY ((artist_name), year)", catalog.primaryKey("music", "songs_by_artist"));
    }

    @Test
    void showDdlGivesTheCreateTableFromTheDriversMetadata() {
        String ddl = catalog.ddl("music", "songs");
        assertTrue(ddl.startsWith("CREATE TABLE music.songs ("), ddl);
        assertTrue(ddl.contains("PRIMARY KEY (year, artist_name)"), ddl);
        assertTrue(ddl.contains("song_title text,"), ddl);
    }

    @Test
    void createAndDropKeyspaceQuoteTheName() {
        String name = "MixedCase";
        assertEquals("CREATE KEYSPACE \"MixedCase\" WITH replication = {'class': 'SimpleStrategy', "
                + "'replication_factor': 1}", CassandraCatalog.createKeyspace(name, 1));
        assertEquals("DROP KEYSPACE music", CassandraCatalog.dropKeyspace("music"));

        session.execute(CassandraCatalog.createKeyspace(name, 1));
        catalog.refresh();
        assertTrue(catalog.keyspaces().stream().anyMatch(k -> k.name().equals(name)));
        session.execute(CassandraCatalog.dropKeyspace(name));
        catalog.refresh();
        assertFalse(catalog.keyspaces().stream().anyMatch(k -> k.name().equals(name)));
    }
}
