package dev.sextant.core.requery;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.QueryResult;
import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SourceQuery;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.sql.Identifiers;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sorting and filtering run on the suite's PostgreSQL, checked against what the server says of all rows. */
class ServerViewPostgresTest {

    private static final String DATABASE = "requery_test";
    private static final int ROWS = 5_000;
    private static TestPostgres server;
    private SqlSession session;

    @BeforeAll
    static void createTable() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
        try (Connection c = server.endpoint(DATABASE).connect(); Statement s = c.createStatement()) {
            // Scores rise with id, so the largest lie in the last rows, far past the first page.
            s.execute("CREATE TABLE scores (id int PRIMARY KEY, player text, score int)");
            s.execute("INSERT INTO scores SELECT g, 'player ' || g, g * 7 % 100003 FROM generate_series(1, "
                    + ROWS + ") g");
        }
    }

    @BeforeEach
    void open() throws SQLException {
        session = SqlSession.open(server.endpoint(DATABASE));
    }

    @AfterEach
    void close() throws SQLException {
        session.close();
    }

    @Test
    void theFirstRowAfterADescendingSortIsTheLargestOfTheWholeResult() throws SQLException {
        SourceQuery original = new SourceQuery("SELECT * FROM scores ORDER BY id -- as stored\n;", List.of());
        QueryResult unsorted = rows(original);
        assertTrue(unsorted.more(), "more rows than one page");
        assertEquals(SqlSession.FIRST_PAGE, unsorted.rows().size());
        long maxOfFirstPage = unsorted.rows().stream().mapToLong(r -> ((Number) r[2]).longValue()).max().orElseThrow();
        long max = serverSays("SELECT max(score) FROM scores");
        assertTrue(maxOfFirstPage < max, "the first page alone would give a smaller maximum");

        ServerView view = ServerView.of(original, List.of("id", "player", "score")).clicked(2, false).clicked(2, false);
        QueryResult sorted = rows(view.query(Identifiers::quote));
        assertEquals(max, ((Number) sorted.rows().get(0)[2]).longValue());
        assertEquals(serverSays("SELECT min(score) FROM scores"),
                ((Number) rows(view.clicked(2, false).clicked(2, false).query(Identifiers::quote)).rows().get(0)[2]).longValue());
    }

    @Test
    void aFilterBindsItsValueBesideTheStatementsOwnPlaceholder() throws SQLException, FilterException {
        SourceQuery original = new SourceQuery("select id, player, score from scores where id > ?",
                List.of(BoundValue.number("100")));
        ServerView view = ServerView.of(original, List.of("id", "player", "score"))
                .filtered("player like 'player 12%' and score >= 5000").clicked(0, false);
        QueryResult filtered = rows(view.query(Identifiers::quote));
        long expected = serverSays("SELECT count(*) FROM scores WHERE id > 100 AND player LIKE 'player 12%' AND score >= 5000");
        assertTrue(expected > 0);
        assertEquals(expected, filtered.rows().size());
        assertFalse(filtered.more());
        assertTrue(filtered.rows().stream().allMatch(r -> ((Number) r[0]).longValue() > 100
                && r[1].toString().startsWith("player 12") && ((Number) r[2]).longValue() >= 5000));
        // a value that looks like SQL stays a value
        QueryResult none = rows(view.filtered("player = 'x'' or ''1''=''1'").query(Identifiers::quote));
        assertEquals(0, none.rows().size());
    }

    @Test
    void aFilterTheServerRefusesLeavesTheUsersTransactionAsItWas() throws Exception {
        session.setAutoCommit(false);
        session.execute("UPDATE scores SET score = score WHERE id = 1");
        SourceQuery original = new SourceQuery("SELECT * FROM scores", List.of());
        SourceQuery bad = ServerView.of(original, List.of("id", "player", "score")).filtered("player = 3")
                .query(Identifiers::quote);
        SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> session.executeOwnQuery(bad.sql(), bad.values()));
        assertTrue(refused.getMessage().contains("operator does not exist"), refused.getMessage());
        assertEquals(dev.sextant.core.session.TransactionState.IN_TRANSACTION, session.status().transaction(),
                "not Failed: the user's UPDATE can still be committed");
        session.rollback();
    }

    private QueryResult rows(SourceQuery query) throws SQLException {
        List<Outcome> outcomes = session.execute(query.sql(), query.values());
        return outcomes.stream().filter(o -> o instanceof Outcome.Rows).map(o -> ((Outcome.Rows) o).result())
                .findFirst().orElseThrow();
    }

    private static long serverSays(String sql) throws SQLException {
        Endpoint endpoint = server.endpoint(DATABASE);
        try (Connection c = endpoint.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
