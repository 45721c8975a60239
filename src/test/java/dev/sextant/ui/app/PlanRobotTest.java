package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.core.plan.PlanNode;
import dev.sextant.testsupport.TestPostgres;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans and formatting driven through the window by fx:id, against the suite's PostgreSQL. */
class PlanRobotTest {

    private static final String DATABASE = "robot_plan";
    private static TestPostgres server;

    @TempDir
    Path home;
    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id int PRIMARY KEY, name text)");
            s.execute("CREATE TABLE invoice (id int PRIMARY KEY, customer_id int, total numeric)");
            s.execute("INSERT INTO customer SELECT g, 'customer ' || g FROM generate_series(1, 500) g");
            s.execute("INSERT INTO invoice SELECT g, 1 + g % 500, g FROM generate_series(1, 5000) g");
            s.execute("ANALYZE");
        }
    }

    @BeforeEach
    void startAppOnPostgres() throws Exception {
        app = ui.startApp(home);
        ui.openConnection(app, server.endpoint(DATABASE));
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
    }

    @Test
    void explainOfATypedJoinShowsItsStepsInThePlanView() throws Exception {
        ui.typeSql("SELECT c.name, i.total FROM customer c JOIN invoice i ON i.customer_id = c.id");
        // Typing "c.id" opened the completion list: it stays clear of the editor's buttons, so the click lands.
        robot.clickOn("#explainButton");
        waitUntil(() -> planView() != null && planView().getRoot() != null);

        List<String> steps = titles(planView().getRoot());
        assertTrue(steps.get(0).contains("Join"), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.endsWith("on customer c")), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.endsWith("on invoice i")), steps.toString());
        assertTrue(ui.messages().contains("Estimated by the planner; the statement was not run."), ui.messages().toString());

        robot.clickOn("#planRawToggle");
        assertTrue(robot.lookup("#planRaw").queryAs(TextArea.class).getText().contains("\"Node Type\""));
    }

    @Test
    void explainAnalyzeOfAnUpdateMeasuresItAndLeavesTheRowAsItWas() throws Exception {
        ui.typeSql("UPDATE customer SET name = 'changed' WHERE id = 3");
        robot.clickOn("#explainAnalyzeButton");
        waitUntil(() -> planView() != null && planView().getRoot() != null);

        assertEquals("Update on customer", planView().getRoot().getValue().title());
        assertEquals(1.0, planView().getRoot().getChildren().get(0).getValue().actual().rows());
        assertTrue(ui.messages().stream().anyMatch(m -> m.contains("BEGIN … ROLLBACK")), ui.messages().toString());
        assertEquals("customer 3", nameOf(3));
        assertTrue(ui.txStatus().startsWith("Idle"), ui.txStatus());
    }

    @Test
    void cancelStopsARunningExplainAnalyzeOnTheServerAndTheTabRunsAgain() throws Exception {
        ui.typeSql("SELECT pg_sleep(30)");
        long started = System.nanoTime();
        robot.clickOn("#explainAnalyzeButton");
        waitUntil(() -> explainsRunning() == 1); // at the server, so the cancel has something to stop
        robot.clickOn("#cancelButton");

        waitUntil(() -> ui.messages().stream().anyMatch(m -> m.startsWith("Cancelled.")));
        assertTrue((System.nanoTime() - started) / 1e9 < 20, "stopped long before pg_sleep(30) ended");
        assertEquals(0, explainsRunning());
        waitUntil(() -> !ui.button("#runButton").isDisabled());
        assertTrue(ui.txStatus().startsWith("Idle"), ui.txStatus());

        ui.run("SELECT 41 + 1 AS answer");
        waitUntil(() -> ui.resultTable() != null && ui.resultTable().getItems().size() == 1);
        assertEquals("42", String.valueOf(ui.resultTable().getItems().get(0)[0]));
    }

    /** How many EXPLAINs of pg_sleep the server is running now, read from a connection of the test's own. */
    private int explainsRunning() throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                     + "AND query LIKE 'EXPLAIN%pg_sleep%' AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aPinnedPlanStaysBesideTheNextOne() throws Exception {
        ui.typeSql("SELECT * FROM invoice WHERE customer_id = 7");
        robot.clickOn("#explainButton");
        waitUntil(() -> planView() != null && planView().getRoot() != null);
        robot.clickOn("#planPinButton");
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE INDEX invoice_customer ON invoice (customer_id)");
        }
        try {
            robot.clickOn("#explainButton");
            waitUntil(() -> titles(planView().getRoot()).stream().anyMatch(t -> t.contains("invoice_customer")));
            TreeTableView<PlanNode> pinned = robot.lookup("#pinnedPlanView").queryAs(TreeTableView.class);
            assertEquals("Seq Scan on invoice", pinned.getRoot().getValue().title());
        } finally {
            try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
                s.execute("DROP INDEX invoice_customer");
            }
        }
    }

    @Test
    void ctrlShiftFFormatsTheStatementAndOneUndoBringsItBack() throws Exception {
        String typed = "select c.name, i.total::int from customer c join invoice i on i.customer_id = c.id where i.total > 10";
        ui.typeSql(typed);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        String formatted = editor().getText();
        assertTrue(formatted.lines().count() > 4, formatted);
        assertTrue(formatted.contains("i.total::int"), formatted);
        assertEquals(typed.replaceAll("\\s+", ""), formatted.replaceAll("\\s+", ""));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(typed, editor().getText());
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<PlanNode> planView() {
        return robot.lookup("#planView").tryQueryAs(TreeTableView.class).orElse(null);
    }

    private CodeArea editor() {
        return robot.lookup("#queryEditor").queryAs(CodeArea.class);
    }

    private static List<String> titles(TreeItem<PlanNode> item) {
        List<String> all = new ArrayList<>(List.of(item.getValue().title()));
        item.getChildren().forEach(child -> all.addAll(titles(child)));
        return all;
    }

    private String nameOf(int id) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM customer WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
