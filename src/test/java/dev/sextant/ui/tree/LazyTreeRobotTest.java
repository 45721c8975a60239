package dev.sextant.ui.tree;

import dev.sextant.testsupport.FxRoundTrip;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.session.PlainError;
import dev.sextant.ui.common.FxRunner;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tree's lazy loading with a loader the test holds back or makes fail. */
@ExtendWith(ApplicationExtension.class)
class LazyTreeRobotTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<PlainError> reported = new ArrayList<>();
    private final FxRunner runner = FxRunner.pooled("test-tree", 1);
    private volatile boolean fail;
    private TreeView<TreeEntry> tree;
    private SchemaTreeItem root;

    /** Waits for the test's go-ahead, then lists two tables, or fails as a server would. */
    private final CatalogReader heldBack = new CatalogReader() {
        @Override
        public List<CatalogNode> children(CatalogNode parent) throws SQLException {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (fail) {
                throw new SQLException("permission denied for schema secret", "42501");
            }
            return List.of(CatalogNode.object(CatalogNode.Kind.TABLE, "albums", null, "main", null, null),
                    CatalogNode.object(CatalogNode.Kind.TABLE, "artists", null, "main", null, null));
        }

        @Override
        public String ddl(CatalogNode relation) {
            return "";
        }

        @Override
        public DataSource poolFor(CatalogNode node) {
            return null;
        }
    };

    @Start
    void start(Stage stage) {
        Endpoint endpoint = Endpoint.of(ConnectionSpec.sqlite(Path.of("unused.db")));
        root = new SchemaTreeItem(CatalogNode.connection("held back"),
                new SchemaTreeItem.Connection(endpoint, heldBack, runner, reported::add));
        TreeItem<TreeEntry> invisibleRoot = new TreeItem<>();
        invisibleRoot.getChildren().add(root);
        tree = new TreeView<>(invisibleRoot);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new SchemaTreeCell());
        stage.setScene(new Scene(tree, 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        release.countDown();
        runner.close();
    }

    @Test
    void aLoadingNodeShowsItsLoadingChildWhileTheWindowKeepsRepainting(FxRobot robot) throws Exception {
        robot.interact(() -> root.setExpanded(true));
        assertInstanceOf(TreeEntry.Loading.class, root.getChildren().get(0).getValue());
        assertTrue(robot.lookup("Loading…").tryQuery().isPresent(), "the loading row is drawn");
        for (int i = 0; i < 10; i++) {
            assertTrue(FxRoundTrip.millis() < 500, "the FX thread keeps answering while the loader waits");
        }
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> root.getChildren().size() == 2);
        assertEquals("albums", ((TreeEntry.DatabaseObject) root.getChildren().get(0).getValue()).node().name());
    }

    @Test
    void aFailingLoaderShowsItsErrorInTheNodeAndReportsIt(FxRobot robot) throws Exception {
        fail = true;
        release.countDown();
        robot.interact(() -> root.setExpanded(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> root.getChildren().get(0).getValue() instanceof TreeEntry.Failed);
        TreeEntry.Failed failed = (TreeEntry.Failed) root.getChildren().get(0).getValue();
        assertEquals("Permission denied for schema secret.", failed.sentence());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Permission denied for schema secret.").tryQuery().isPresent());
        assertEquals(1, reported.size(), "the error also goes to the messages");
    }
}
