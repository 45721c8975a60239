package dev.sextant.ui.app;

import dev.sextant.core.session.TableChanges;
import dev.sextant.testsupport.TestPostgres;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "What will Commit change", opened from txStatus, against the suite's PostgreSQL in manual mode. */
class PendingCommitRobotTest {

    private static final String DATABASE = "robot_pending_commit";
    private static final TestPostgres server = TestPostgres.get();

    @RegisterExtension
    static final RunningApp running = RunningApp.onNewDatabase(DATABASE).beforeEachStart(
            "DROP TABLE IF EXISTS items",
            "CREATE TABLE items (id int PRIMARY KEY, name text)",
            "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 100) g");
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @Test
    void countsAnUpdateShowsItsRowsAndEmptiesAfterCommit() throws Exception {
        robot.clickOn("#autocommitToggle");
        waitUntil(() -> !robot.lookup("#autocommitToggle").queryAs(ToggleButton.class).isSelected()
                && !robot.lookup("#autocommitToggle").query().isDisabled());
        ui.run("UPDATE items SET name = 'changed' WHERE id <= 3");
        ui.run("INSERT INTO items VALUES (1001, 'new')");
        ui.run("DELETE FROM items WHERE id = 50");
        waitUntil(() -> ui.txStatus().startsWith("In transaction"));

        robot.clickOn("#txStatus");
        waitUntil(() -> robot.lookup("#pendingCommitPanel").tryQuery().isPresent());
        List<TableChanges> rows = List.copyOf(pendingTable().getItems());
        assertEquals(1, rows.size());
        assertEquals("items", rows.get(0).table().written());
        assertEquals(List.of(1L, 3L, 1L), List.of(rows.get(0).inserted(), rows.get(0).updated(), rows.get(0).deleted()));
        assertTrue(robot.lookup("#pendingCommitNote").queryAs(Label.class).getText().contains("3 statements"),
                robot.lookup("#pendingCommitNote").queryAs(Label.class).getText());
        assertEquals(0, serverSays("SELECT count(*) FROM items WHERE name = 'changed' OR id = 1001"),
                "nothing is visible to others before Commit");

        robot.clickOn("#showWrittenRowsButton");
        waitUntil(() -> selectedResultTitle().equals("Written in items") && ui.resultTable() != null
                && ui.resultTable().getItems().size() == 4);
        Set<Integer> ids = ui.resultTable().getItems().stream().map(r -> ((Number) r[0]).intValue())
                .collect(Collectors.toSet());
        assertEquals(Set.of(1, 2, 3, 1001), ids, "the rows this transaction inserted or updated");

        robot.clickOn("#commitButton");
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
        assertEquals(4, serverSays("SELECT count(*) FROM items WHERE name = 'changed' OR id = 1001"));
        if (robot.lookup("#pendingCommitPanel").tryQuery().isEmpty()) {
            robot.clickOn("#txStatus");
        }
        waitUntil(() -> robot.lookup("#pendingCommitPanel").tryQuery().isPresent() && pendingTable().getItems().isEmpty());
        assertTrue(robot.lookup("#showWrittenRowsButton").query().isDisabled());
    }

    @SuppressWarnings("unchecked")
    private TableView<TableChanges> pendingTable() {
        return robot.lookup("#pendingCommitTable").queryAs(TableView.class);
    }

    private String selectedResultTitle() {
        var tab = robot.lookup("#resultTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        return tab == null ? "" : tab.getText();
    }

    private static long serverSays(String sql) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
