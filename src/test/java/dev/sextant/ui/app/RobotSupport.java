package dev.sextant.ui.app;

import dev.sextant.core.run.Message;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** What the robot tests do again and again: type SQL, press buttons, read what the window shows. */
final class RobotSupport {

    private final FxRobot robot;

    RobotSupport(FxRobot robot) {
        this.robot = robot;
    }

    /**
     * Starts the real app on {@code home} as a fresh {@code sextant.home} (no file is ever picked,
     * libpq's environment is empty) and waits until its first tab can run statements.
     */
    SextantApp startApp(java.nio.file.Path home) throws Exception {
        SextantApp app = launch(home);
        waitUntil(() -> !button("#runButton").isDisabled());
        return app;
    }

    /** Starts the real app on {@code home} as {@link #startApp} does, its new-connection dialog open. */
    SextantApp startAppInConnectionDialog(java.nio.file.Path home) throws Exception {
        SextantApp app = startApp(home);
        robot.clickOn("#newConnectionButton");
        waitUntil(() -> robot.lookup("#connectionStringField").tryQuery().isPresent());
        return app;
    }

    /** Starts the app on {@code home} without waiting for a tab to open (there may be none). */
    static SextantApp launch(java.nio.file.Path home) throws Exception {
        System.setProperty("sextant.home", home.toString());
        org.testfx.api.FxToolkit.registerPrimaryStage();
        return (SextantApp) org.testfx.api.FxToolkit.setupApplication(() -> new SextantApp(
                owner -> java.util.Optional.empty(),
                new dev.sextant.core.connect.ConnectionEnvironment(java.util.Map.of(), home, "tester")));
    }

    /** Opens a connection as the connection dialog would, and waits until its tab is connected. */
    void openConnection(SextantApp app, dev.sextant.core.connect.Endpoint endpoint) throws Exception {
        robot.interact(() -> app.window().openConnection(endpoint, null, ""));
        waitUntil(() -> messages().stream().anyMatch(m -> m.startsWith("Connected to " + endpoint.spec().displayName())));
    }

    /** Stops the app (its stop() runs) and closes its windows. */
    static void stopApp(SextantApp app) throws Exception {
        org.testfx.api.FxToolkit.cleanupApplication(app);
        org.testfx.api.FxToolkit.cleanupStages();
    }

    void typeSql(String sql) {
        robot.clickOn("#queryEditor");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(sql);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types the SQL, presses Run and waits until the tab is no longer busy. */
    void run(String sql) throws Exception {
        typeSql(sql);
        robot.clickOn("#runButton");
        waitUntil(() -> !button("#runButton").isDisabled() || questionShown(),
                () -> "a busy tab, its SQL '" + robot.lookup("#queryEditor").queryAs(org.fxmisc.richtext.CodeArea.class).getText()
                        + "', its messages " + messages());
    }

    Button button(String query) {
        return robot.lookup(query).queryButton();
    }

    String txStatus() {
        return robot.lookup("#txStatus").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    List<String> messages() {
        ListView<Message> list = robot.lookup("#messages").queryAs(ListView.class);
        return List.copyOf(list.getItems()).stream().map(Message::text).toList();
    }

    @SuppressWarnings("unchecked")
    TableView<Object[]> resultTable() {
        return robot.lookup("#resultTable").tryQueryAs(TableView.class).orElse(null);
    }

    boolean questionShown() {
        return robot.lookup("#question").tryQuery().isPresent();
    }

    /** Waits for the question dialog and presses one of its answers (answerCommit, answerRun, …). */
    String answer(String answerId) throws Exception {
        waitUntil(this::questionShown);
        String header = robot.lookup("#question").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
        robot.clickOn("#" + answerId);
        waitUntil(() -> !questionShown());
        return header;
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** As {@link #waitUntil(Callable)}, and a timeout says what the window showed instead. */
    static void waitUntil(Callable<Boolean> condition, Callable<String> seen) throws Exception {
        try {
            waitUntil(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; the window showed " + seen.call(), e);
        }
    }

    /**
     * Types {@code text} into the text field {@code id} as a user would, once the field has the
     * keyboard (a window just opened, or a menu just closed, may still hold it), and checks that
     * every character arrived.
     */
    void typeInto(String id, String text) throws Exception {
        javafx.scene.control.TextField field = robot.lookup("#" + id).queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(field);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field.focusedProperty());
        } catch (java.util.concurrent.TimeoutException e) {
            robot.clickOn(field); // the first click closed a popup that was still on its way out
        }
        waitUntil(field::isFocused, () -> "focus on " + field.getScene().getFocusOwner());
        robot.write(text);
        waitUntil(() -> field.getText().equals(text), () -> "'" + field.getText() + "' in #" + id);
    }

    /**
     * The tree item at a path of names below the connection called {@code connection},
     * expanding (and so loading) each level on the way, as clicking its arrow would.
     */
    @SuppressWarnings("unchecked")
    dev.sextant.ui.tree.SchemaTreeItem treeItem(String connection, String... path) throws Exception {
        javafx.scene.control.TreeView<dev.sextant.ui.tree.TreeEntry> tree =
                robot.lookup("#schemaTree").queryAs(javafx.scene.control.TreeView.class);
        javafx.scene.control.TreeItem<dev.sextant.ui.tree.TreeEntry> at = childNamed(tree.getRoot(), connection);
        for (String name : path) {
            javafx.scene.control.TreeItem<dev.sextant.ui.tree.TreeEntry> parent = at;
            robot.interact(() -> parent.setExpanded(true));
            at = childNamed(parent, name);
        }
        return (dev.sextant.ui.tree.SchemaTreeItem) at;
    }

    private javafx.scene.control.TreeItem<dev.sextant.ui.tree.TreeEntry> childNamed(
            javafx.scene.control.TreeItem<dev.sextant.ui.tree.TreeEntry> parent, String name) throws Exception {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.control.TreeItem<dev.sextant.ui.tree.TreeEntry>> found =
                new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            for (var child : List.copyOf(parent.getChildren())) {
                if (child instanceof dev.sextant.ui.tree.SchemaTreeItem item && item.node().name().equals(name)) {
                    found.set(child);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    /** Selects the row of {@code item} (scrolled into view), opens its context menu and picks a command. */
    @SuppressWarnings("unchecked")
    void contextCommand(dev.sextant.ui.tree.SchemaTreeItem item, String command) throws Exception {
        javafx.scene.control.TreeView<dev.sextant.ui.tree.TreeEntry> tree =
                robot.lookup("#schemaTree").queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> tree.scrollTo(tree.getRow(item)));
        waitUntil(() -> robot.lookup(".tree-cell").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.TreeCell<?>) n).getTreeItem() == item));
        javafx.scene.Node cell = robot.lookup(".tree-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.TreeCell<?>) n).getTreeItem() == item).findFirst().orElseThrow();
        robot.clickOn(cell);
        // Monocle's headless platform turns no click or key into a context-menu request, so
        // deliver the request a desktop would send for a right click on that row.
        javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        javafx.geometry.Point2D inTree = tree.screenToLocal(b.getCenterX(), b.getCenterY());
        robot.interact(() -> javafx.event.Event.fireEvent(tree, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, inTree.getX(), inTree.getY(),
                b.getCenterX(), b.getCenterY(), false, null)));
        robot.clickOn(command);
    }

    /** Fills a form dialog's text field by id, what it held cleared first. */
    void fill(String id, String text) {
        robot.clickOn("#" + id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    /** The cell on screen at list row {@code row}, table column {@code column} (0 = row numbers). */
    @SuppressWarnings("unchecked")
    static javafx.scene.control.TableCell<Object[], ?> cellOnScreen(javafx.scene.control.TableView<Object[]> table, int row, int column) {
        for (javafx.scene.Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == row) {
                for (javafx.scene.Node child : r.getChildrenUnmodifiable()) {
                    if (child instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == table.getColumns().get(column)) {
                        return (javafx.scene.control.TableCell<Object[], ?>) c;
                    }
                }
            }
        }
        return null;
    }
}
