package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.core.connect.Engine;
import dev.sextant.testsupport.TestCassandra;
import dev.sextant.ui.tree.SchemaTreeItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.List;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user meets Cassandra: connects through the dialog to the suite's node, runs the tutorial's CQL, reads rows and tree. */
class CassandraRobotTest {

    private static final String SCRIPT = """
            DROP KEYSPACE IF EXISTS robot_music;
            CREATE KEYSPACE robot_music WITH REPLICATION = {'class':'SimpleStrategy','replication_factor':1};
            USE robot_music;
            // CQL's own comment style
            CREATE TABLE songs (year int, artist_name text, title text, PRIMARY KEY (year, artist_name));
            INSERT INTO songs (year, artist_name, title) VALUES (1970, 'The Beatles', 'Let It Be');
            INSERT INTO songs (year, artist_name, title) VALUES (1970, 'Simon & Garfunkel', 'Bridge');
            SELECT artist_name, title FROM songs WHERE year = 1970;
            """;

    @TempDir
    Path home;
    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;
    private TestCassandra node;

    @BeforeEach
    void startApp() throws Exception {
        node = TestCassandra.get();
        app = ui.startApp(home);
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
    }

    @Test
    @SuppressWarnings("unchecked")
    void connectRunTheTutorialAndSeeRowsKeysAndNoTransactions() throws Exception {
        robot.clickOn("#newConnectionButton");
        waitUntil(() -> robot.lookup("#engineChoice").tryQuery().isPresent());
        ChoiceBox<Engine> engines = robot.lookup("#engineChoice").queryAs(ChoiceBox.class);
        assertTrue(engines.getItems().contains(Engine.CASSANDRA));
        robot.interact(() -> engines.setValue(Engine.CASSANDRA));
        waitUntil(() -> robot.lookup("#datacenterField").queryAs(TextField.class).isVisible());
        // libpq's defaults (the login name) are not carried over into a cluster's keyspace and user.
        assertEquals("", robot.lookup("#keyspaceField").queryAs(TextField.class).getText());
        assertEquals("", robot.lookup("#userField").queryAs(TextField.class).getText());
        assertTrue(!robot.lookup("#databaseField").queryAs(TextField.class).isVisible());
        ui.fill("hostField", node.host());
        ui.fill("portField", String.valueOf(node.port()));
        ui.fill("datacenterField", TestCassandra.DATACENTER);
        robot.clickOn("#connectButton");
        javafx.scene.control.TabPane tabs = robot.lookup("#editorTabs").queryAs(javafx.scene.control.TabPane.class);
        javafx.scene.control.Label error = robot.lookup("#dialogError").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> tabs.getTabs().size() == 2 || !error.getText().isEmpty());
        assertEquals("", error.getText());
        waitUntil(() -> ui.messages().stream().anyMatch(m -> m.startsWith("Connected to")));
        robot.interact(() -> tabs.getSelectionModel().select(1));

        waitUntil(() -> ui.txStatus().equals("No transactions · CQL"));
        assertTrue(ui.button("#commitButton").isDisabled());
        assertTrue(robot.lookup("#autocommitToggle").query().isDisabled());
        assertEquals("Cassandra applies each write at once; use BATCH or IF for lightweight transactions.",
                ui.button("#rollbackButton").getTooltip().getText());
        ChoiceBox<String> consistency = robot.lookup("#consistencyChoice").queryAs(ChoiceBox.class);
        assertTrue(consistency.isVisible());
        assertEquals("LOCAL_ONE", consistency.getValue());

        ui.typeSql(SCRIPT);
        robot.clickOn("#runScriptButton");
        waitUntil(() -> ui.resultTable() != null && ui.resultTable().getItems().size() == 2);
        TableView<Object[]> table = ui.resultTable();
        assertEquals(3, table.getColumns().size(), "the row number, artist_name and title");
        // In clustering order (artist_name ascending), as Cassandra stores them.
        assertEquals("Simon & Garfunkel", String.valueOf(table.getItems().get(0)[0]));
        assertEquals("The Beatles", String.valueOf(table.getItems().get(1)[0]));
        assertEquals("Let It Be", String.valueOf(table.getItems().get(1)[1]));
        List<String> messages = ui.messages();
        assertTrue(messages.contains("Keyspace is now robot_music."), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("SELECT: consistency LOCAL_ONE · coordinator ")),
                messages.toString());
        assertEquals("No transactions · CQL", ui.txStatus());

        String connection = node.host() + ":" + node.port();
        // The tree listed the keyspaces when the connection opened; F5 on the connection reads them again.
        SchemaTreeItem cluster = ui.treeItem(connection);
        robot.interact(cluster::refresh);
        SchemaTreeItem keyspace = ui.treeItem(connection, "robot_music");
        assertEquals("robot_music : SimpleStrategy rf 1", keyspace.node().label());
        assertTrue(cluster.getChildren().stream().anyMatch(i -> i instanceof SchemaTreeItem s
                && s.node().name().equals("System keyspaces")), "Cassandra's own keyspaces have a folder of their own");
        SchemaTreeItem songs = ui.treeItem(connection, "robot_music", "Tables", "songs");
        assertEquals("Primary key: PRIMARY KEY ((year), artist_name)", songs.node().tooltip());
        SchemaTreeItem year = ui.treeItem(connection, "robot_music", "Tables", "songs", "year");
        assertEquals("year : int · partition key", year.node().label());
        ui.run("DROP KEYSPACE robot_music");
    }
}
