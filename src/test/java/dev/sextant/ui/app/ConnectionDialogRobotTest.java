package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.testsupport.Screenshots;
import dev.sextant.testsupport.TestPostgres;
import dev.sextant.ui.tree.TreeEntry;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connection dialog driven by the robot, connecting to the suite's real PostgreSQL. */
class ConnectionDialogRobotTest {

    @TempDir
    Path home;
    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;
    private TestPostgres server;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void startApp() throws Exception {
        server = TestPostgres.get();
        originalErr = System.err;
        System.setErr(new PrintStream(new TeeStream(originalErr, log), true, StandardCharsets.UTF_8));
        app = ui.startAppInConnectionDialog(home);
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
        System.setErr(originalErr);
    }

    @Test
    void typingInTheFieldsRewritesTheConnectionString() {
        ui.fill("hostField", "db.example.com");
        ui.fill("portField", "6543");
        ui.fill("databaseField", "dq");
        ui.fill("userField", "rose");
        String built = text("#connectionStringField");
        assertTrue(built.startsWith("host=db.example.com port=6543 dbname=dq user=rose"), built);
        assertFalse(built.contains("password"), built);

        ui.fill("passwordField", "s3cret word");
        assertTrue(text("#connectionStringField").contains("password=***"), text("#connectionStringField"));
        assertFalse(text("#connectionStringField").contains("s3cret"));
        Screenshots.save(robot.lookup("#connectionStringField").query().getScene(), "connection-dialog");
    }

    @Test
    void saveAsLinesUpWithTheFieldsAbove() {
        double host = robot.lookup("#hostField").query().localToScene(0, 0).getX();
        double name = robot.lookup("#connectionNameField").query().localToScene(0, 0).getX();
        assertEquals(host, name, 0.5, "the Save as field starts where Host does");
    }

    @Test
    void pastingAConnectionStringFillsTheFields() throws Exception {
        ui.fill("connectionStringField",
                "host=127.0.0.1 port=" + server.port() + " dbname=dq user=rose password='a b\\'c'");
        waitUntil(() -> text("#passwordField").equals("a b'c")); // read off the FX thread
        assertEquals("127.0.0.1", text("#hostField"));
        assertEquals(String.valueOf(server.port()), text("#portField"));
        assertEquals("dq", text("#databaseField"));
        assertEquals("rose", text("#userField"));
        assertEquals("a b'c", text("#passwordField"));
        assertEquals("", robot.lookup("#dialogError").queryAs(Label.class).getText());
    }

    @Test
    void aPastedPasswordTurnsIntoStarsAndATypedOneWhenTheFieldIsLeft() throws Exception {
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("postgresql://rose:Tulip-7731@127.0.0.1:" + server.port() + "/dq");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#connectionStringField");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        waitUntil(() -> text("#passwordField").equals("Tulip-7731"));
        waitUntil(() -> text("#connectionStringField").contains("password=***"));
        assertFalse(text("#connectionStringField").contains("Tulip"), text("#connectionStringField"));

        ui.fill("connectionStringField", "host=127.0.0.1 dbname=dq user=rose password=Daisy9");
        waitUntil(() -> text("#passwordField").equals("Daisy9"));
        robot.clickOn("#connectionNameField");
        waitUntil(() -> !text("#connectionStringField").contains("Daisy9"));
        assertTrue(text("#connectionStringField").contains("password=***"), text("#connectionStringField"));
    }

    @Test
    void aMalformedStringIsNamedInOneLine() throws Exception {
        ui.fill("connectionStringField", "host=x colour=blue");
        waitUntil(() -> !robot.lookup("#dialogError").queryAs(Label.class).getText().isEmpty());
        assertEquals("invalid connection option \"colour\"", robot.lookup("#dialogError").queryAs(Label.class).getText());
    }

    @Test
    void connectingWithTheScramPasswordOpensTheServerInTheTree() throws Exception {
        ui.fill("connectionStringField", "host=127.0.0.1 port=" + server.port() + " dbname=postgres user="
                + server.user() + " password=" + server.password());
        ui.fill("connectionNameField", "test server");
        robot.clickOn("#savePasswordCheck");
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#connectionStringField").tryQuery().isEmpty());
        waitUntil(() -> databasesInTree().contains("postgres"));
        waitUntil(() -> ui.messages().stream().anyMatch(m -> m.startsWith("Connected to")));

        String password = server.password();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(password), "password found in " + file);
            }
        }
        assertTrue(Files.exists(home.resolve("connections.json")) || hasFileContaining("test server"),
                "the connection was saved");
        assertFalse(log.toString(StandardCharsets.UTF_8).contains(password), "password found in the log");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConnectionSavedWithANameIsShownUnderThatNameInTheTreeAndOnItsTab() throws Exception {
        ui.fill("connectionStringField", "host=127.0.0.1 port=" + server.port() + " dbname=postgres user="
                + server.user() + " password=" + server.password());
        ui.fill("connectionNameField", "tutorial server");
        robot.clickOn("#connectButton");
        javafx.scene.control.TabPane tabs = robot.lookup("#editorTabs").queryAs(javafx.scene.control.TabPane.class);
        waitUntil(() -> tabs.getTabs().size() == 2); // the sample's tab, and the new one

        assertEquals("tutorial server", tabs.getTabs().get(1).getText());
        TreeView<TreeEntry> tree = robot.lookup("#schemaTree").queryAs(TreeView.class);
        List<String> connections = tree.getRoot().getChildren().stream()
                .map(item -> ((TreeEntry.DatabaseObject) item.getValue()).node().label()).toList();
        assertTrue(connections.contains("tutorial server"), connections.toString());
    }

    @Test
    void aConnectionSavedToStartInManualModeOpensItsTabsThatWay() throws Exception {
        ui.fill("connectionStringField", "host=127.0.0.1 port=" + server.port() + " dbname=postgres user="
                + server.user() + " password=" + server.password());
        ui.fill("connectionNameField", "careful");
        robot.clickOn("#autocommitDefaultCheck");
        robot.clickOn("#connectButton");
        waitUntil(() -> ui.messages().stream().anyMatch(m -> m.startsWith("Connected to")));
        waitUntil(() -> ui.txStatus().equals("Idle · manual commit"));
        assertFalse(robot.lookup("#autocommitToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertTrue(Files.readString(home.resolve("connections.json")).contains("\"autocommit\" : false"),
                Files.readString(home.resolve("connections.json")));
    }

    @Test
    void aSqliteFileOpenedOnceIsOfferedAmongTheRecentFiles() throws Exception {
        Path db = home.resolve("garden.sqlite");
        java.sql.DriverManager.getConnection("jdbc:sqlite:" + db).close();
        robot.clickOn("#closeDialogButton");
        robot.interact(() -> app.window().openSqliteFile(db));
        waitUntil(() -> ui.messages().stream().anyMatch(m -> m.equals("Connected to garden.sqlite.")));
        robot.clickOn("#newConnectionButton");
        waitUntil(() -> robot.lookup("#recentFilesChoice").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#engineChoice").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(dev.sextant.core.connect.Engine.SQLITE));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Path> recent = robot.lookup("#recentFilesChoice").queryAs(javafx.scene.control.ComboBox.class);
        waitUntil(() -> recent.getItems().contains(db.toAbsolutePath().normalize()));
        robot.interact(() -> recent.setValue(db.toAbsolutePath().normalize()));
        assertEquals(db.toAbsolutePath().normalize().toString(), text("#fileField"));
    }

    @Test
    void aWrongPasswordIsOneSentenceInTheDialog() throws Exception {
        ui.fill("connectionStringField", "host=127.0.0.1 port=" + server.port() + " dbname=postgres user="
                + server.user() + " password=wrong-one");
        robot.clickOn("#testButton");
        waitUntil(() -> !robot.lookup("#dialogError").queryAs(Label.class).getText().isEmpty());
        assertEquals("Password authentication failed for user \"" + server.user() + "\".",
                robot.lookup("#dialogError").queryAs(Label.class).getText());
    }

    private boolean hasFileContaining(String text) throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private List<String> databasesInTree() {
        TreeView<TreeEntry> tree = robot.lookup("#schemaTree").queryAs(TreeView.class);
        List<String> names = new ArrayList<>();
        for (TreeItem<TreeEntry> connection : tree.getRoot().getChildren()) {
            for (TreeItem<TreeEntry> child : connection.getChildren()) {
                if (child.getValue() instanceof TreeEntry.DatabaseObject o) {
                    names.add(o.node().name());
                }
            }
        }
        return names;
    }


    private String text(String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    /** Copies everything written to stderr (where the app logs) into a buffer as well. */
    private static final class TeeStream extends java.io.OutputStream {
        private final PrintStream first;
        private final ByteArrayOutputStream second;

        TeeStream(PrintStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
