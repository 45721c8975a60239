package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.testsupport.TestPostgres;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A read-only connection is refused by the server itself, in autocommit too, and says so in its tab. */
class ReadOnlyRobotTest {

    @TempDir
    Path home;
    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;
    private TestPostgres server;

    @BeforeEach
    void startApp() throws Exception {
        server = TestPostgres.get();
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS read_only_probe (a int)");
        }
        app = ui.startApp(home);
        ui.openConnection(app, new Endpoint(ConnectionSpec.postgres(server.host(), server.port(), "postgres", server.user())
                .withReadOnly(true), server.password()));
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
    }

    @Test
    void anInsertInAutocommitIsRefusedByTheServer() throws Exception {
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertTrue(tabs.getSelectionModel().getSelectedItem().getText().endsWith("(read-only)"),
                tabs.getSelectionModel().getSelectedItem().getText());
        assertTrue(ui.txStatus().startsWith("Idle · autocommit"));
        ui.run("INSERT INTO read_only_probe VALUES (1)");
        waitUntil(() -> ui.messages().contains("Cannot execute INSERT in a read-only transaction."));
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM read_only_probe")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
