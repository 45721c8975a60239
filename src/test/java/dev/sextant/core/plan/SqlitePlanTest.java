package dev.sextant.core.plan;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.SqlSession;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SQLite's EXPLAIN QUERY PLAN on a real file, as a tree. */
class SqlitePlanTest {

    @TempDir
    Path dir;
    private Path file;
    private SqlSession session;

    @BeforeEach
    void open() throws SQLException {
        file = dir.resolve("shop.db");
        SqliteFiles.execute(file, "CREATE TABLE artist (id INTEGER PRIMARY KEY, name TEXT)",
                "CREATE TABLE album (id INTEGER PRIMARY KEY, artist_id INTEGER, title TEXT)",
                "CREATE INDEX album_artist ON album (artist_id)",
                "INSERT INTO artist VALUES (1, 'Miles'), (2, 'Nina')",
                "INSERT INTO album VALUES (1, 1, 'Kind of Blue'), (2, 2, 'Pastel Blues')");
        session = SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(file)));
    }

    @AfterEach
    void close() throws SQLException {
        session.close();
    }

    @Test
    void aJoinIsAScanOfOneTableAndASearchOfTheOther() throws Exception {
        Plan plan = Explain.of(session, "SELECT * FROM artist a JOIN album b ON b.artist_id = a.id", false);

        List<String> steps = plan.root().children().stream().map(PlanNode::title).toList();
        assertEquals(2, steps.size(), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("SCAN")), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("SEARCH") && s.contains(" USING ")), steps.toString());
        assertNull(plan.totalCost(), "SQLite gives no costs");
        assertFalse(plan.analyzed());
        assertTrue(plan.raw().contains("|--SCAN"), plan.raw());
    }

    @Test
    void aSubqueryIsAStepWithItsOwnStepsUnderIt() throws Exception {
        Plan plan = Explain.of(session,
                "SELECT * FROM artist WHERE id IN (SELECT artist_id FROM album WHERE title LIKE '%Blue%')", false);

        PlanNode subquery = plan.nodes().stream().filter(n -> n.operation().contains("SUBQUERY")).findFirst().orElseThrow();
        assertFalse(subquery.children().isEmpty(), plan.raw());
        assertTrue(subquery.children().get(0).operation().startsWith("SCAN"), plan.raw());
    }

    @Test
    void analyzeOnSqliteShowsTheQueryPlanSaysSoAndChangesNothing() throws Exception {
        Plan plan = Explain.of(session, "UPDATE artist SET name = 'changed' WHERE id = 1", true);

        assertFalse(plan.analyzed());
        assertTrue(plan.how().contains("SQLite cannot measure"), plan.how());
        assertEquals("Miles", SqliteFiles.text(file, "SELECT name FROM artist WHERE id = 1"));
    }
}
