package dev.sextant.ui.tree;

import dev.sextant.core.meta.CatalogNode;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rows of a tree too narrow for their labels: the tooltip carries the whole text. */
@ExtendWith(ApplicationExtension.class)
class SchemaTreeCellRobotTest {

    private static final String LONG = "postgres@127.0.0.1:55432/postgres_with_a_long_name";

    @Start
    void start(Stage stage) {
        TreeItem<TreeEntry> root = new TreeItem<>();
        root.getChildren().add(new TreeItem<>(new TreeEntry.DatabaseObject(CatalogNode.connection(LONG))));
        root.getChildren().add(new TreeItem<>(new TreeEntry.DatabaseObject(new CatalogNode(CatalogNode.Kind.TABLE,
                "order_lines_archive", null, "public", null, null, null, Map.of("Owner", "rose")))));
        TreeView<TreeEntry> tree = new TreeView<>(root);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new SchemaTreeCell());
        stage.setScene(new Scene(tree, 160, 200));
        stage.show();
    }

    @Test
    void aCutLabelIsWholeInItsTooltipBeforeTheFacts(FxRobot robot) {
        assertEquals(LONG, tooltipOf(robot, LONG));
        assertEquals("order_lines_archive\nOwner: rose", tooltipOf(robot, "order_lines_archive"));
    }

    private static String tooltipOf(FxRobot robot, String label) {
        TreeCell<?> cell = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> label.equals(c.getText())).findFirst().orElseThrow();
        return cell.getTooltip() == null ? null : cell.getTooltip().getText();
    }
}
