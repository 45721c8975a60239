package dev.sextant.ui.app;

import dev.sextant.core.result.ResultColumn;
import dev.sextant.testsupport.Screenshots;
import dev.sextant.testsupport.TestPostgres;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Header clicks and the filter field sort and filter on the suite's PostgreSQL: the first row
 * after a descending sort is the largest of all 5,000 rows, not of the 1,000 fetched.
 */
class ServerSortRobotTest {

    private static final String DATABASE = "robot_sort";

    // Scores spread over the ids, so the largest score is nowhere near the first page in id order.
    private static final TestPostgres server = TestPostgres.get();

    @RegisterExtension
    static final RunningApp running = RunningApp.onNewDatabase(DATABASE).once(
            "CREATE TABLE scores (id int PRIMARY KEY, player text, score int)",
            "INSERT INTO scores SELECT g, 'player ' || g, (g * 7919) % 10007 FROM generate_series(1, 5000) g");
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @Test
    void headerClicksSortTheWholeResultOnTheServer() throws Exception {
        ui.run("SELECT * FROM scores ORDER BY id");
        waitUntil(() -> ui.resultTable() != null && ui.resultTable().getItems().size() == 1000);
        long pageMax = ui.resultTable().getItems().stream().mapToLong(r -> ((Number) r[2]).longValue()).max().orElseThrow();
        long max = serverSays("SELECT max(score) FROM scores");
        assertTrue(pageMax < max, "the fetched page alone would give a smaller maximum");

        robot.clickOn(header("score"));
        waitUntil(() -> firstScore() == serverSays("SELECT min(score) FROM scores"));
        robot.clickOn(header("score"));
        waitUntil(() -> firstScore() == max);
        assertEquals("sorted descending, key 1", mark("score").getAccessibleText());
        assertTrue(countLine().contains("re-queried in server order, sorted by score ↓"), countLine());

        robot.press(KeyCode.SHIFT).clickOn(header("id")).release(KeyCode.SHIFT);
        waitUntil(() -> mark("id") != null);
        assertEquals("sorted ascending, key 2", mark("id").getAccessibleText());
        assertEquals(max, firstScore(), "score stays the first key");
        waitUntil(() -> drawn(header("id")).equals("id") && drawn(mark("id")).equals("2"));
        assertEquals("score", drawn(header("score")), "a name is not cut for its sort mark");
        Screenshots.save(ui.resultTable().getScene(), "server-sort-marks");
        robot.clickOn("#themeToggle");
        Screenshots.save(ui.resultTable().getScene(), "server-sort-marks-dark");
        robot.clickOn("#themeToggle");

        robot.clickOn(header("score")); // a plain click keeps only this column, and its third click removes it
        waitUntil(() -> mark("id") == null && mark("score") == null);
        assertEquals(1L, ((Number) ui.resultTable().getItems().get(0)[0]).longValue(), "the statement's own order again");
    }

    @Test
    void theFilterFieldAddsConditionsWithBoundValues() throws Exception {
        ui.run("SELECT * FROM scores ORDER BY id");
        waitUntil(() -> ui.resultTable() != null && ui.resultTable().getItems().size() == 1000);
        robot.clickOn("#resultFilterField").write("score >= 9000 and player like 'player 1%'").type(KeyCode.ENTER);
        long expected = serverSays("SELECT count(*) FROM scores WHERE score >= 9000 AND player LIKE 'player 1%'");
        assertTrue(expected > 0 && expected < 1000);
        waitUntil(() -> ui.resultTable().getItems().size() == expected);
        assertTrue(ui.resultTable().getItems().stream().allMatch(r -> ((Number) r[2]).longValue() >= 9000));
        assertEquals("score >= 9000 and player like 'player 1%'",
                robot.lookup("#resultFilterField").queryAs(TextField.class).getText(), "the filter stays to be changed");

        robot.clickOn("#resultFilterField").push(KeyCode.CONTROL, KeyCode.A).write("colour = 'red'").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#resultFilterProblem").queryAs(Label.class).getText()
                .startsWith("This result has no column colour"));
        assertEquals(expected, ui.resultTable().getItems().size(), "the rows stay as they were");
    }

    @Test
    void aStatementThatLocksRowsIsNotSortedAndTheHeaderSaysWhy() throws Exception {
        ui.run("SELECT * FROM scores WHERE id <= 10 FOR UPDATE");
        waitUntil(() -> ui.resultTable() != null && ui.resultTable().getItems().size() == 10);
        Node graphic = header("score").getParent();
        Tooltip tip = (Tooltip) graphic.getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(tip.getText().startsWith("Sorting is off: The statement locks rows (FOR UPDATE)"), tip.getText());
        robot.clickOn(header("score"));
        waitUntil(() -> robot.lookup("#resultFilterProblem").queryAs(Label.class).getText().startsWith("Sorting is off"));
        assertEquals(1L, ((Number) ui.resultTable().getItems().get(0)[0]).longValue());
        assertTrue(robot.lookup("#resultFilterField").query().isDisabled());
    }

    private long firstScore() {
        TableView<Object[]> table = ui.resultTable();
        return table == null || table.getItems().isEmpty() ? -1 : ((Number) table.getItems().get(0)[2]).longValue();
    }

    private Label header(String name) {
        for (TableColumn<Object[], ?> column : ui.resultTable().getColumns()) {
            if (column.getUserData() instanceof ResultColumn c && c.label().equals(name)) {
                return (Label) column.getGraphic().lookup(".column-name");
            }
        }
        throw new AssertionError("no column " + name);
    }

    private Label mark(String name) {
        return header(name).getGraphic() instanceof Label mark ? mark : null;
    }

    /** A label's text as drawn: cut for want of room, it ends in an ellipsis. */
    private static String drawn(Label label) {
        // Its own text, not its graphic's (a name's sort mark is a label with a text of its own),
        // nor its icon's, which is drawn as a Text too.
        return label.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.getStyleClass().contains("text"))
                .map(n -> ((Text) n).getText()).findFirst().orElse("");
    }

    private String countLine() {
        return robot.lookup(".result-count").queryAs(Label.class).getText();
    }

    private static long serverSays(String sql) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
