package dev.sextant.core.plan;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.session.TransactionState;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans from the suite's PostgreSQL; what ANALYZE may have changed is checked from a second connection. */
class PostgresPlanTest {

    private static final String DATABASE = "plan_test";
    private static TestPostgres server;
    private Endpoint endpoint;
    private SqlSession session;

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id int PRIMARY KEY, name text)");
            s.execute("CREATE TABLE invoice (id int PRIMARY KEY, customer_id int REFERENCES customer, total numeric)");
            s.execute("INSERT INTO customer SELECT g, 'customer ' || g FROM generate_series(1, 2000) g");
            s.execute("INSERT INTO invoice SELECT g, 1 + g % 2000, g FROM generate_series(1, 20000) g");
            // a and b are always equal: the planner multiplies their selectivities and expects 1 row of 100.
            s.execute("CREATE TABLE pair (a int, b int)");
            s.execute("INSERT INTO pair SELECT g % 100, g % 100 FROM generate_series(1, 10000) g");
            s.execute("ANALYZE");
        }
    }

    @BeforeEach
    void open() throws SQLException {
        endpoint = server.endpoint(DATABASE);
        session = SqlSession.open(endpoint);
    }

    @AfterEach
    void close() throws SQLException {
        session.close();
    }

    @Test
    void aJoinPlanIsATreeOfTheJoinAndItsTwoScans() throws Exception {
        Plan plan = Explain.of(session,
                "SELECT c.name, sum(i.total) FROM customer c JOIN invoice i ON i.customer_id = c.id GROUP BY c.name;", false);

        List<String> titles = plan.nodes().stream().map(PlanNode::title).toList();
        PlanNode join = plan.nodes().stream().filter(n -> n.operation().contains("Join")).findFirst().orElseThrow();
        assertEquals(2, join.children().size(), titles.toString());
        List<String> scanned = join.children().stream().flatMap(c -> withChildren(c).stream()).map(PlanNode::title).toList();
        assertTrue(scanned.stream().anyMatch(t -> t.endsWith("on customer c")), scanned.toString());
        assertTrue(scanned.stream().anyMatch(t -> t.endsWith("on invoice i")), scanned.toString());
        assertTrue(plan.totalCost() > 0);
        assertTrue(plan.root().estimate().totalCost() >= join.estimate().totalCost(), "a parent costs at least its child");
        assertFalse(plan.analyzed());
        assertNull(plan.executionMs());
        assertEquals(Explain.ESTIMATED, plan.how());
        assertTrue(plan.raw().contains("\"Node Type\""), "the server's JSON is kept as it came");
    }

    @Test
    void analyzeMeasuresEveryStepAndFlagsTheMisestimateAndTheSlowestStep() throws Exception {
        Plan plan = Explain.of(session, "SELECT * FROM pair WHERE a = 7 AND b = 7", true);

        assertTrue(plan.analyzed());
        assertNotNull(plan.executionMs());
        PlanNode scan = plan.root();
        assertEquals("Seq Scan on pair", scan.title());
        assertEquals(100, scan.actual().rows());
        assertEquals(1, scan.actual().loops());
        assertTrue(scan.misestimated(), "expected " + scan.estimate().rows() + ", found 100");
        assertEquals(scan, plan.slowest().orElseThrow());
        assertEquals(1.0, plan.timeShare(scan), 1e-9);
        assertTrue(scan.actual().sharedHit() + scan.actual().sharedRead() > 0, "BUFFERS was asked for");
    }

    @Test
    void selfTimeIsTheStepsTimeLessItsChildrensAndSharesAddUpToTheWhole() throws Exception {
        Plan plan = Explain.of(session,
                "SELECT c.name, count(*) FROM customer c JOIN invoice i ON i.customer_id = c.id GROUP BY c.name", true);

        for (PlanNode node : plan.nodes()) {
            double children = node.children().stream().mapToDouble(c -> c.actual().totalMs()).sum();
            assertEquals(Math.max(0, node.actual().totalMs() - children), node.actual().selfMs(), 1e-9, node.title());
            assertFalse(node.misestimated() && node.misestimateFactor() < 10);
        }
        assertEquals(1.0, plan.nodes().stream().mapToDouble(plan::timeShare).sum(), 1e-9);
        PlanNode slowest = plan.slowest().orElseThrow();
        assertTrue(plan.nodes().stream().allMatch(n -> n.actual().selfMs() <= slowest.actual().selfMs()));
    }

    @Test
    void analyzeOfAnUpdateInAutocommitLeavesTheRowAsItWas() throws Exception {
        Plan plan = Explain.of(session, "UPDATE customer SET name = 'changed' WHERE id = 1", true);

        assertTrue(plan.analyzed());
        assertEquals(1, plan.nodes().stream().filter(n -> n.operation().equals("Update")).count());
        assertEquals(Explain.ROLLED_BACK, plan.how());
        assertEquals("customer 1", nameFromAnotherConnection(1));
        assertEquals(TransactionState.IDLE, session.status().transaction());
        assertTrue(session.status().autocommit());
    }

    @Test
    void analyzeOfAnUpdateInManualModeKeepsTheOpenTransactionAndUndoesOnlyTheUpdate() throws Exception {
        session.setAutoCommit(false);
        session.execute("UPDATE customer SET name = 'mine' WHERE id = 2");

        Plan plan = Explain.of(session, "UPDATE customer SET name = 'changed' WHERE id IN (1, 2)", true);

        assertEquals(Explain.SAVEPOINT, plan.how());
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        assertEquals("customer 1", nameFromAnotherConnection(1));
        assertEquals("customer 2", nameFromAnotherConnection(2), "nothing is committed yet");
        session.commit();
        assertEquals("mine", nameFromAnotherConnection(2), "the user's own change survived the measuring");
        assertEquals("customer 1", nameFromAnotherConnection(1));
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("UPDATE customer SET name = 'customer 2' WHERE id = 2");
        }
    }

    @Test
    void aStatementThatCannotRunInATransactionIsNotAnalyzed() throws Exception {
        PlanRefusedException refused = assertThrows(PlanRefusedException.class,
                () -> Explain.of(session, "VACUUM customer", true));
        assertTrue(refused.getMessage().startsWith("VACUUM cannot run inside a transaction"), refused.getMessage());
    }

    @Test
    void textHoldingSeveralStatementsIsNotExplainedSoNothingAfterTheFirstRuns() throws Exception {
        PlanRefusedException refused = assertThrows(PlanRefusedException.class,
                () -> Explain.of(session, "SELECT 1; UPDATE customer SET name = 'changed' WHERE id = 4", true));
        assertTrue(refused.getMessage().startsWith("Select one statement"), refused.getMessage());
        assertEquals("customer 4", nameFromAnotherConnection(4));
        assertThrows(PlanRefusedException.class, () -> Explain.of(session, "explain select 1", false));
    }

    @Test
    void aFailedTransactionIsNotAskedForAPlan() throws Exception {
        session.setAutoCommit(false);
        assertThrows(SQLException.class, () -> session.execute("SELECT 1/0"));
        assertThrows(PlanRefusedException.class, () -> Explain.of(session, "SELECT 1", false));
        session.rollback();
    }

    @Test
    void aServerErrorReachesTheCallerAndLeavesTheSessionUsable() throws Exception {
        assertThrows(SQLException.class, () -> Explain.of(session, "SELECT * FROM no_such_table", true));
        assertEquals(TransactionState.IDLE, session.status().transaction());
        assertTrue(Explain.of(session, "SELECT 1", false).totalCost() >= 0);
    }

    private static List<PlanNode> withChildren(PlanNode node) {
        List<PlanNode> all = new java.util.ArrayList<>(List.of(node));
        node.children().forEach(c -> all.addAll(withChildren(c)));
        return all;
    }

    private String nameFromAnotherConnection(int id) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM customer WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
