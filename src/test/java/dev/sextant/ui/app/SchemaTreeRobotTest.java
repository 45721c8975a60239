package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.testsupport.Screenshots;
import dev.sextant.testsupport.TestPostgres;
import dev.sextant.ui.tree.SchemaTreeItem;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema tree's commands, driven through context menus and forms against the real server. */
class SchemaTreeRobotTest {

    private static final String DATABASE = "robot_tree";
    private static TestPostgres server;

    @TempDir
    Path home;
    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;
    private String connectionName;

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("DROP DATABASE IF EXISTS robot_created WITH (FORCE)");
            s.execute("DROP ROLE IF EXISTS robot_reader");
            s.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id int PRIMARY KEY, name text)");
            s.execute("INSERT INTO items VALUES (1, 'one'), (2, 'two')");
            s.execute("CREATE TABLE \"select\" (\"from\" int)");
            s.execute("INSERT INTO \"select\" VALUES (7)");
            s.execute("CREATE TABLE \"ñandú\" (\"Mixed Case\" text, \"with \"\"quote\"\"\" int)");
            s.execute("INSERT INTO \"ñandú\" VALUES ('sur', 3)");
        }
    }

    @BeforeEach
    void startApp() throws Exception {
        app = ui.startApp(home);
        Endpoint endpoint = server.endpoint(DATABASE);
        connectionName = endpoint.spec().displayName();
        robot.interact(() -> app.window().openConnection(endpoint, null, ""));
        waitUntil(() -> ui.messages().contains("Connected to " + connectionName + "."));
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
    }

    @Test
    void createAndDropADatabaseThroughTheFormsWhileTheEditorHoldsATransaction() throws Exception {
        robot.clickOn("#autocommitToggle");
        waitUntil(() -> ui.txStatus().startsWith("Idle · manual"));
        ui.run("INSERT INTO items VALUES (3, 'pending')");
        waitUntil(() -> ui.txStatus().startsWith("In transaction"));

        ui.contextCommand(ui.treeItem(connectionName), "Create database…");
        ui.fill("databaseNameField", "robot_created");
        robot.clickOn("#formOk");
        SchemaTreeItem created = ui.treeItem(connectionName, "robot_created");
        assertEquals(1, countIn("postgres", "SELECT count(*) FROM pg_database WHERE datname = 'robot_created'"));

        ui.contextCommand(created, "Drop database…");
        // The form opens only once the other sessions are counted, in the background.
        waitUntil(() -> robot.lookup("#confirmNameField").tryQuery().isPresent());
        ui.fill("confirmNameField", "robot_created");
        robot.clickOn("#formOk");
        waitUntil(() -> countIn("postgres", "SELECT count(*) FROM pg_database WHERE datname = 'robot_created'") == 0);

        assertTrue(ui.txStatus().startsWith("In transaction"), "the editor's transaction is untouched: " + ui.txStatus());
        assertEquals(0, countIn(DATABASE, "SELECT count(*) FROM items WHERE id = 3"));
        robot.clickOn("#commitButton");
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
        assertEquals(1, countIn(DATABASE, "SELECT count(*) FROM items WHERE id = 3"));
    }

    @Test
    void aRoleMadeAndGrantedThroughTheFormsCanReadButNotWrite() throws Exception {
        ui.contextCommand(ui.treeItem(connectionName), "Create role…");
        ui.fill("roleNameField", "robot_reader");
        ui.fill("rolePasswordField", "read only please");
        robot.clickOn("#formOk");
        waitUntil(() -> ui.messages().contains("Created role robot_reader."));

        SchemaTreeItem items = ui.treeItem(connectionName, DATABASE, "public", "Tables", "items");
        ui.contextCommand(items, "Grant or revoke…");
        waitUntil(() -> robot.lookup("#grantRoleField").queryComboBox().getItems().contains("robot_reader"));
        ui.fill("grantRoleField", "robot_reader");
        robot.clickOn("#readOnlyPreset");
        robot.clickOn("#formOk");
        waitUntil(() -> ui.messages().stream().anyMatch(m -> m.startsWith("Granted")));

        Properties props = new Properties();
        props.setProperty("user", "robot_reader");
        props.setProperty("password", "read only please");
        String url = "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + DATABASE;
        try (Connection reader = DriverManager.getConnection(url, props); Statement s = reader.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM items")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
            SQLException refused = assertThrows(SQLException.class, () -> s.execute("INSERT INTO items VALUES (9, 'no')"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    @Test
    void awkwardNamesOpenShowTheirDdlAndDrop() throws Exception {
        SchemaTreeItem nandu = ui.treeItem(connectionName, DATABASE, "public", "Tables", "ñandú");
        ui.contextCommand(nandu, "Open data");
        waitUntil(() -> ui.resultTable() != null && !ui.resultTable().getItems().isEmpty());
        assertEquals("sur", ui.resultTable().getItems().get(0)[0]);
        Screenshots.save(robot.lookup("#schemaTree").query().getScene(), "tree-open-data");

        ui.contextCommand(nandu, "Show DDL");
        waitUntil(() -> robot.lookup("#editorTabs").queryAs(TabPane.class).getTabs().size() == 4);
        waitUntil(() -> editorText().contains("CREATE TABLE"));
        assertTrue(editorText().contains("\"ñandú\""), editorText());

        SchemaTreeItem select = ui.treeItem(connectionName, DATABASE, "public", "Tables", "select");
        ui.contextCommand(select, "Drop table…");
        robot.clickOn("#formOk");
        waitUntil(() -> countIn(DATABASE, "SELECT count(*) FROM pg_class WHERE relname = 'select'") == 0);
    }

    private String editorText() {
        return robot.lookup("#queryEditor").queryAs(org.fxmisc.richtext.CodeArea.class).getText();
    }

    private static long countIn(String database, String sql) throws SQLException {
        try (Connection c = server.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
