package dev.sextant.ui.app;

import dev.sextant.testsupport.FxRoundTrip;
import dev.sextant.testsupport.FxThreadRobot;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connection dialog's Test against a server that accepts and never answers. */
class PendingConnectionTestRobotTest {

    @TempDir
    Path home;
    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;

    @BeforeEach
    void startApp() throws Exception {
        app = ui.startAppInConnectionDialog(home);
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
    }

    @Test
    void theWindowKeepsRepaintingWhileATestIsPendingAndTheTestCanBeCancelled() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // accept and never answer: the connect hangs
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            ui.fill("connectionStringField", "host=127.0.0.1 port=" + silent.getLocalPort()
                    + " dbname=x user=y password=z connect_timeout=30");
            robot.clickOn("#testButton");
            waitUntil(() -> robot.lookup("#testButton").queryButton().getText().equals("Cancel test"));

            long worst = 0;
            for (int i = 0; i < 20; i++) {
                worst = Math.max(worst, FxRoundTrip.millis());
                Thread.sleep(50);
            }
            assertTrue(worst < 500, "the FX thread answered within " + worst + " ms while the connect was pending");

            robot.clickOn("#testButton");
            waitUntil(() -> robot.lookup("#dialogStatus").queryAs(Label.class).getText().equals("Test cancelled."));
            assertEquals("Test", robot.lookup("#testButton").queryButton().getText());
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
