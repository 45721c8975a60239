package dev.sextant.ui.dataio;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.io.ColumnType;
import dev.sextant.core.io.ExistingTable;
import dev.sextant.core.io.ImportColumn;
import dev.sextant.core.session.TransactionState;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.SqliteFiles;
import dev.sextant.ui.editor.EditorTabViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import dialog's view model with the synchronous runner: no window, a real SQLite file. */
class ImportDialogModelTest {

    @TempDir
    Path dir;
    private Path db;
    private EditorTabViewModel tab;
    private ImportDialogModel model;

    @BeforeEach
    void open() throws Exception {
        db = dir.resolve("shop.db");
        SqliteFiles.execute(db, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        tab = new EditorTabViewModel(Endpoint.of(ConnectionSpec.sqlite(db)), new ImmediateRunner(), new ImmediateRunner(),
                new ScriptedQuestions());
        tab.connect();
        model = new ImportDialogModel(tab, Engine.SQLITE, new ImmediateRunner(), (schema, table) -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                return ExistingTable.columns(c, schema, table);
            }
        }, Runnable::run);
    }

    @AfterEach
    void close() {
        tab.close(null, error -> { });
    }

    @Test
    void aNewFileIsReadPlannedAndImportedWithTheCountTheDatabaseGave() throws Exception {
        Path file = Files.writeString(dir.resolve("Price List.csv"), "sku;price;in_stock\n001;1.50;yes\n002;2;no\n");
        model.chooseFile(file);
        assertEquals("price_list", model.table());
        assertEquals(';', model.options().delimiter());
        assertEquals(List.of(ColumnType.TEXT, ColumnType.NUMERIC, ColumnType.BOOLEAN),
                model.planProperty().get().columns().stream().map(ImportColumn::type).toList());
        assertEquals("Creates a new table price_list.", model.targetNoteProperty().get());
        assertTrue(model.planProperty().get().sqlPreview().startsWith("CREATE TABLE \"price_list\""));

        model.importNow();
        assertEquals("Imported 2 rows into price_list in ", model.resultProperty().get().replaceAll("[0-9.]+ s\\.$", ""));
        assertEquals(2, SqliteFiles.count(db, "SELECT count(*) FROM price_list WHERE sku LIKE '00%'"));
        assertTrue(model.importedProperty().get());
    }

    @Test
    void anExistingTableIsAppendedToByColumnNameAndAnUnknownColumnIsLeftOut() throws Exception {
        Path file = Files.writeString(dir.resolve("more.csv"), "Name,ID,notes\nAda,10,x\nGrace,11,y\n");
        model.chooseFile(file);
        model.setTable("customers");
        assertEquals("Appends to the existing table customers.", model.targetNoteProperty().get());
        List<ImportColumn> columns = model.planProperty().get().columns();
        assertEquals(List.of("name", "id", "notes"), columns.stream().map(ImportColumn::name).toList());
        assertEquals(List.of(false, false, true), columns.stream().map(ImportColumn::skip).toList());
        assertFalse(model.planProperty().get().sqlPreview().contains("CREATE TABLE"));
        model.importNow();
        assertEquals(2, SqliteFiles.count(db, "SELECT count(*) FROM customers WHERE id IN (10, 11)"));
    }

    @Test
    void inManualModeTheResultSaysItWaitsForCommit() throws Exception {
        tab.setAutocommit(false);
        assertEquals("Manual mode: the rows join this tab's open transaction and wait for Commit.", model.modeNote());
        Path file = Files.writeString(dir.resolve("later.csv"), "id\n1\n");
        model.chooseFile(file);
        model.importNow();
        assertTrue(model.resultProperty().get().endsWith("; it waits for Commit."), model.resultProperty().get());
        assertEquals(TransactionState.IN_TRANSACTION, tab.statusProperty().get().transaction());
    }

    @Test
    void aChangedTypeThatDoesNotFitIsRefusedAndNothingIsStored() throws Exception {
        Path file = Files.writeString(dir.resolve("flags.csv"), "flag\nyes\nmaybe\n");
        model.chooseFile(file);
        List<ImportColumn> columns = new ArrayList<>(model.planProperty().get().columns());
        columns.set(0, columns.get(0).withType(ColumnType.BOOLEAN));
        model.setColumns(columns);
        model.importNow();
        assertEquals("Line 3: 'maybe' is not a boolean. Nothing was imported.", model.resultProperty().get());
        assertEquals(0, SqliteFiles.count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'flags'"));
        assertFalse(model.workingProperty().get());
    }

    @Test
    void keepingEmptyFieldsAndStoringAllAsTextChangeWhatIsStored() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.csv"), "id,note\n1,\n2,hi\n");
        model.chooseFile(file);
        model.setKeepEmpty(true);
        assertTrue(model.planProperty().get().loadSql().startsWith("INSERT"), "SQLite inserts");
        model.setAllText(true);
        assertEquals(List.of(ColumnType.TEXT, ColumnType.TEXT),
                model.planProperty().get().columns().stream().map(ImportColumn::type).toList());
        assertEquals("Every column is stored as text; the file is read when you press Import.", model.resultProperty().get());
        model.importNow();
        assertEquals(1, SqliteFiles.count(db, "SELECT count(*) FROM notes WHERE note = '' AND typeof(id) = 'text'"),
                "the empty field kept as empty text, the id as text");
    }

    @Test
    void aPathWithNoFileIsSaidAndNothingIsPlanned() {
        model.chooseFile(dir.resolve("missing.csv"));
        assertEquals("There is no file at " + dir.resolve("missing.csv") + ".", model.resultProperty().get());
        assertEquals(null, model.planProperty().get());
        assertFalse(model.workingProperty().get());
    }

    @Test
    void progressHandedOverAfterTheImportEndedLeavesTheFinalCountShown() throws Exception {
        java.util.Deque<Runnable> fxQueue = new java.util.ArrayDeque<>();
        ImportDialogModel queued = new ImportDialogModel(tab, Engine.SQLITE, new ImmediateRunner(),
                (schema, table) -> java.util.Optional.empty(), fxQueue::add);
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 1; i <= 2500; i++) {
            csv.append(i).append(",name ").append(i).append('\n');
        }
        queued.chooseFile(Files.writeString(dir.resolve("many.csv"), csv));
        fxQueue.clear(); // the scan's progress, as a slow FX thread would find it
        queued.importNow();
        assertEquals(1, fxQueue.size(), "one progress hand-over queued for reports every 1,000 rows");
        fxQueue.poll().run(); // runs after the import's own answer, as on a busy FX thread
        assertTrue(queued.resultProperty().get().startsWith("Imported 2,500 rows into many in "),
                queued.resultProperty().get());
        assertEquals(1.0, queued.progressProperty().get());
    }

    @Test
    void importPressedWhileANewTableNameIsLookedUpImportsIntoThatTableOnceItIsPlanned() throws Exception {
        java.util.Deque<Runnable> lookups = new java.util.ArrayDeque<>();
        boolean[] hold = {false};
        BackgroundRunner side = new BackgroundRunner() {
            @Override
            public <T> Running run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> done,
                                   java.util.function.Consumer<? super Throwable> failed) {
                if (!hold[0]) {
                    return new ImmediateRunner().run(work, done, failed);
                }
                lookups.add(() -> new ImmediateRunner().run(work, done, failed)); // answered later, as by a busy pool
                return null;
            }
        };
        ImportDialogModel held = new ImportDialogModel(tab, Engine.SQLITE, side, (schema, table) -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                return ExistingTable.columns(c, schema, table);
            }
        }, Runnable::run);
        held.chooseFile(Files.writeString(dir.resolve("stock.csv"), "sku,count\na,1\nb,2\n"));
        hold[0] = true;
        held.setTable("stock");
        assertTrue(lookups.isEmpty(), "the same name is not looked up again");

        held.setTable("inventory"); // typed, then Import pressed before the database answered
        held.importNow();
        assertEquals(0, SqliteFiles.count(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('stock', 'inventory')"),
                "nothing imported into the table planned before");
        lookups.poll().run();
        assertTrue(held.resultProperty().get().startsWith("Imported 2 rows into inventory in "), held.resultProperty().get());
        assertEquals(2, SqliteFiles.count(db, "SELECT count(*) FROM inventory"));
        assertEquals(0, SqliteFiles.count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'stock'"));
    }
}
