package dev.sextant.ui.app;

import dev.sextant.testsupport.Screenshots;
import dev.sextant.testsupport.TestPostgres;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
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

/** The tutorial's data engineer loads user_accounts.csv through the import dialog, by its contract ids. */
class ImportRobotTest {

    private static final String DATABASE = "robot_import";
    private static final TestPostgres server = TestPostgres.get();

    @RegisterExtension
    static final RunningApp running = RunningApp.onNewDatabase(DATABASE);
    @TempDir
    Path files;
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @Test
    void aThousandRowFileBecomesATableWithTheTypesItHolds() throws Exception {
        StringBuilder csv = new StringBuilder("id,name,email,created_at\n");
        for (int i = 1; i <= 1000; i++) {
            csv.append(i).append(",\"User ").append(i).append(", Jr\",user").append(i).append("@example.org,2024-0")
                    .append(1 + i % 9).append("-1").append(i % 10).append(" 0").append(i % 10).append(":30:00\n");
        }
        Path file = Files.writeString(files.resolve("user_accounts.csv"), csv);

        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#importFileField").tryQuery().isPresent());
        ui.typeInto("importFileField", file.toString());
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#importSqlPreview").queryAs(TextArea.class).getText().startsWith("CREATE TABLE"), this::dialog);

        assertEquals("user_accounts", robot.lookup("#importTableField").queryAs(TextField.class).getText());
        assertEquals("CREATE TABLE \"user_accounts\" (\"id\" integer, \"name\" text, \"email\" text, \"created_at\" timestamp);\n"
                        + "COPY \"user_accounts\" (\"id\", \"name\", \"email\", \"created_at\") FROM STDIN (FORMAT csv, HEADER true, "
                        + "DELIMITER ',', FORCE_NULL (\"id\", \"name\", \"email\", \"created_at\"), ENCODING 'UTF8');",
                robot.lookup("#importSqlPreview").queryAs(TextArea.class).getText());
        TableView<?> preview = robot.lookup("#importPreview").queryAs(TableView.class);
        assertEquals("id\ninteger", preview.getColumns().get(0).getText());
        assertEquals("created_at\ntimestamp", preview.getColumns().get(3).getText());
        assertEquals(100, preview.getItems().size(), "the first rows");
        Screenshots.save(robot.lookup("#importPreview").query().getScene(), "import-dialog");

        robot.clickOn("#importRunButton");
        waitUntil(() -> robot.lookup("#importResult").queryAs(Label.class).getText().startsWith("Imported"), this::dialog);
        assertTrue(robot.lookup("#importResult").queryAs(Label.class).getText()
                .startsWith("Imported 1,000 rows into user_accounts in "), robot.lookup("#importResult").queryAs(Label.class).getText());

        assertEquals(List.of("integer", "text", "text", "timestamp without time zone"), column("SELECT data_type FROM "
                + "information_schema.columns WHERE table_name = 'user_accounts' ORDER BY ordinal_position"));
        assertEquals(List.of("1000"), column("SELECT count(*) FROM user_accounts"));
        assertEquals(List.of("User 7, Jr"), column("SELECT name FROM user_accounts WHERE id = 7"));
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
    }

    @Test
    void importCsvOnATableInTheTreeAppendsToIt() throws Exception {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS members");
            s.execute("CREATE TABLE members (id int PRIMARY KEY, name text)");
            s.execute("INSERT INTO members VALUES (1, 'rose')");
        }
        Path file = Files.writeString(files.resolve("more members.csv"), "name,id\ndq,2\nsam,3\n");
        String connection = server.endpoint(DATABASE).spec().displayName();
        ui.contextCommand(ui.treeItem(connection, DATABASE, "public", "Tables", "members"), "Import CSV…");
        waitUntil(() -> robot.lookup("#importFileField").tryQuery().isPresent());
        assertEquals("members", robot.lookup("#importTableField").queryAs(TextField.class).getText());
        ui.typeInto("importFileField", file.toString());
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#importSqlPreview").queryAs(TextArea.class).getText().startsWith("COPY"), this::dialog);
        assertEquals("members", robot.lookup("#importTableField").queryAs(TextField.class).getText(), "kept, not the file's name");
        robot.clickOn("#importRunButton");
        waitUntil(() -> robot.lookup("#importResult").queryAs(Label.class).getText().startsWith("Imported 2 rows into members"), this::dialog);
        assertEquals(List.of("1:rose", "2:dq", "3:sam"), column("SELECT id || ':' || name FROM members ORDER BY id"));
    }

    /** What the dialog says, for a wait that timed out. */
    private String dialog() {
        return "file '" + robot.lookup("#importFileField").queryAs(TextField.class).getText() + "', result '"
                + robot.lookup("#importResult").queryAs(Label.class).getText() + "', SQL '"
                + robot.lookup("#importSqlPreview").queryAs(TextArea.class).getText() + "'";
    }

    private static List<String> column(String sql) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
