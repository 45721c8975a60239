package dev.sextant.ui.app;

import dev.sextant.core.io.ExportFormat;
import dev.sextant.testsupport.Screenshots;
import dev.sextant.ui.dataio.ExportScope;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export dialog driven by its ids against the suite's PostgreSQL: all rows, fetched rows, Cancel. */
class ExportRobotTest {

    @RegisterExtension
    static final RunningApp running = RunningApp.onDatabase("postgres");
    @TempDir
    Path out;
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @Test
    void allRowsByDefaultThenOnlyTheFetchedOnes() throws Exception {
        ui.run("SELECT g AS n, 'row ' || g AS label FROM generate_series(1, 3503) g ORDER BY g");
        waitUntil(() -> ui.resultTable() != null);
        assertEquals(1000, ui.resultTable().getItems().size(), "the first page only is in the grid");
        robot.clickOn("#exportButton");
        waitUntil(() -> robot.lookup("#exportRunButton").tryQuery().isPresent());
        assertEquals(ExportFormat.CSV, formatChoice().getValue());
        assertEquals(ExportScope.ALL_ROWS, scopeChoice().getValue());

        Path all = out.resolve("all.csv");
        exportTo(all);
        assertTrue(result().matches("Exported 3,503 rows to all\\.csv in \\d+\\.\\d s\\."), result());
        List<String> lines = Files.readAllLines(all);
        assertEquals(3504, lines.size());
        assertEquals("n,label", lines.get(0));
        assertEquals("3503,row 3503", lines.get(3503));
        assertTrue(ui.txStatus().startsWith("In transaction"), "the tab's own cursor is still open: " + ui.txStatus());
        assertEquals(1000, ui.resultTable().getItems().size());

        robot.interact(() -> scopeChoice().setValue(ExportScope.FETCHED_ROWS));
        Path fetched = out.resolve("fetched.csv");
        exportTo(fetched);
        assertTrue(result().startsWith("Exported 1,000 rows to fetched.csv in "), result());
        assertEquals(1001, Files.readAllLines(fetched).size());
        Screenshots.save(robot.lookup("#exportRunButton").query().getScene(), "export-dialog");
    }

    @Test
    void cancelLeavesNoFile() throws Exception {
        ui.run("SELECT g AS n, md5(g::text) AS hash FROM generate_series(1, 20000000) g");
        waitUntil(() -> ui.resultTable() != null);
        robot.clickOn("#exportButton");
        waitUntil(() -> robot.lookup("#exportRunButton").tryQuery().isPresent());
        robot.interact(() -> formatChoice().setValue(ExportFormat.JSON));
        robot.interact(() -> robot.lookup("#exportFileField").queryAs(TextField.class)
                .setText(out.resolve("big.json").toString()));
        robot.clickOn("#exportRunButton");
        waitUntil(() -> robot.lookup("#exportCancelButton").queryButton().getText().equals("Cancel"));
        ProgressBar bar = robot.lookup("#exportProgress").queryAs(ProgressBar.class);
        assertFalse(bar.isIndeterminate() && bar.isVisible(),
                "the total is not known, and an animated bar made the window render a frame every pulse");
        long before = System.nanoTime();
        robot.interact(() -> { });
        long roundTripMillis = (System.nanoTime() - before) / 1_000_000;
        assertTrue(roundTripMillis < 2_000, "the window answers while the export runs: " + roundTripMillis + " ms");
        robot.clickOn("#exportCancelButton");
        waitUntil(() -> !result().isEmpty());

        assertTrue(result().startsWith("The export was cancelled after "), result());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "neither big.json nor its temporary file is left");
        }
    }

    @Test
    void ctrlCCopiesTheSelectedCellsAsTsv() throws Exception {
        ui.run("SELECT 1 AS n, E'tab\\there' AS label, 'x' AS other UNION ALL SELECT 2, NULL, 'y'");
        waitUntil(() -> ui.resultTable() != null);
        javafx.scene.control.TableView<Object[]> table = ui.resultTable();
        robot.interact(() -> {
            var selection = table.getSelectionModel();
            selection.clearSelection();
            selection.selectRange(0, table.getColumns().get(1), 1, table.getColumns().get(2));
            table.requestFocus();
        });
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.C);
        java.util.concurrent.CompletableFuture<String> copied = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> copied.complete(javafx.scene.input.Clipboard.getSystemClipboard().getString()));

        assertEquals("1\t\"tab\there\"\n2\t\n", copied.get());
    }

    @Test
    void theGridsMenuCopiesWithHeadersAndAsMarkdownAndJson() throws Exception {
        ui.run("SELECT 1 AS n, 'one' AS label UNION ALL SELECT 2, NULL");
        waitUntil(() -> ui.resultTable() != null);
        javafx.scene.control.TableView<Object[]> table = ui.resultTable();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, table.getColumns().get(1), 1, table.getColumns().get(2));
        });
        assertEquals("n\tlabel\n1\tone\n2\t\n", copyByMenu(table, "#copyWithHeadersItem"));
        assertEquals("| n | label |\n| ---: | --- |\n| 1 | one |\n| 2 | NULL |\n", copyByMenu(table, "#copyMarkdownItem"));
        String json = copyByMenu(table, "#copyJsonItem");
        List<?> objects = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, List.class);
        assertEquals(java.util.Map.of("n", 1, "label", "one"), objects.get(0), json);
        java.util.Map<String, Object> second = new java.util.HashMap<>();
        second.put("n", 2);
        second.put("label", null);
        assertEquals(second, objects.get(1), "NULL stays null, not empty text: " + json);
        assertEquals("n\nlabel", copyByMenu(table, "#copyColumnNameItem"));
    }

    private String copyByMenu(javafx.scene.control.TableView<Object[]> table, String item) throws Exception {
        robot.interact(() -> table.getContextMenu().show(table, javafx.geometry.Side.BOTTOM, 0, 0));
        robot.interact(() -> table.getContextMenu().getItems().stream().filter(i -> item.equals("#" + i.getId()))
                .findFirst().orElseThrow().fire());
        robot.interact(() -> table.getContextMenu().hide());
        java.util.concurrent.CompletableFuture<String> copied = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> copied.complete(javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        return copied.get();
    }

    @Test
    void exportDataOnATableInTheTreeWritesAllItsRows() throws Exception {
        ui.contextCommand(ui.treeItem("sample.db", "users"), "Export data…");
        waitUntil(() -> robot.lookup("#exportRunButton").tryQuery().isPresent());
        assertEquals(List.of(ExportScope.ALL_ROWS), scopeChoice().getItems(), "nothing was fetched to export");
        assertTrue(robot.lookup("#exportFileField").queryAs(TextField.class).getText().endsWith("users.csv"));
        robot.interact(() -> formatChoice().setValue(ExportFormat.JSON));

        exportTo(out.resolve("users.json"));
        assertTrue(result().startsWith("Exported 40 rows to users.json in "), result());
        assertEquals(40, new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("users.json").toFile())
                .size());
    }

    private void exportTo(Path file) throws Exception {
        robot.interact(() -> robot.lookup("#exportFileField").queryAs(TextField.class).setText(file.toString()));
        robot.clickOn("#exportRunButton");
        waitUntil(() -> !result().isEmpty() && !robot.lookup("#exportRunButton").queryButton().isDisabled());
    }

    private String result() {
        return robot.lookup("#exportResult").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<ExportFormat> formatChoice() {
        return robot.lookup("#exportFormatChoice").queryAs(ChoiceBox.class);
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<ExportScope> scopeChoice() {
        return robot.lookup("#exportScopeChoice").queryAs(ChoiceBox.class);
    }
}
