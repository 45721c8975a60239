package dev.sextant.ui.connect;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.store.AppHome;
import dev.sextant.core.store.SavedConnections;
import dev.sextant.core.store.SessionSecrets;
import dev.sextant.core.store.SavedConnection;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dialog's model with the synchronous runner, no window: fields and string follow each other,
 * passwords stay hidden; Test and Connect reach a real PostgreSQL server and a real SQLite file.
 */
class ConnectionDialogModelTest {

    @TempDir
    Path home;

    private ConnectionDialogModel model;
    private final List<EditorSession> opened = new ArrayList<>();

    @BeforeEach
    void makeModel() throws Exception {
        Path appHome = Files.createDirectories(home.resolve("app"));
        model = new ConnectionDialogModel(new ConnectionEnvironment(Map.of(), home, "tester"), new ImmediateRunner(),
                new SavedConnections(AppHome.at(appHome), new SessionSecrets()));
    }

    @AfterEach
    void closeWhatOpened() throws Exception {
        for (EditorSession session : opened) {
            session.close();
        }
    }

    @Test
    void aPastedStringFillsTheFieldsAndItsPasswordTurnsIntoStarsAtOnce() {
        model.connectionString.set("postgresql://rose:Tulip-7731@db.example.com:5433/dq");

        assertEquals("db.example.com", model.form.host.get());
        assertEquals("5433", model.form.port.get());
        assertEquals("dq", model.form.database.get());
        assertEquals("rose", model.form.user.get());
        assertEquals("Tulip-7731", model.form.password.get(), "the password is kept, in the password field");
        assertFalse(model.connectionString.get().contains("Tulip"), model.connectionString.get());
        assertTrue(model.connectionString.get().contains("password=***"), model.connectionString.get());
    }

    @Test
    void aKeywordStringWithAPasswordIsMaskedToo() {
        model.connectionString.set("dbname=dq user=rose password='it\\'s secret'");

        assertEquals("it's secret", model.form.password.get());
        assertFalse(model.connectionString.get().contains("secret"), model.connectionString.get());
    }

    @Test
    void aPasswordTypedKeyByKeyIsMaskedWhenTypingInTheStringEnds() {
        String typed = "dbname=dq user=rose password=";
        model.connectionString.set(typed);
        for (char c : "Daisy9".toCharArray()) {
            typed += c;
            model.connectionString.set(typed);
        }
        assertEquals(typed, model.connectionString.get(), "the text is not rewritten under the caret");
        assertEquals("Daisy9", model.form.password.get());

        model.stringEditFinished();

        assertFalse(model.connectionString.get().contains("Daisy"), model.connectionString.get());
        assertEquals("Daisy9", model.form.password.get());
    }

    @Test
    void theMaskReadBackKeepsThePasswordTheDialogHas() {
        model.connectionString.set("postgresql://rose:Tulip-7731@db.example.com/dq");
        String masked = model.connectionString.get();

        model.connectionString.set(masked.replace("dbname=dq", "dbname=other"));

        assertEquals("other", model.form.database.get());
        assertEquals("Tulip-7731", model.form.password.get());
    }

    @Test
    void editingAFieldRewritesTheStringAndNeverShowsThePassword() {
        model.form.host.set("db.example.com");
        model.form.database.set("dq");
        model.form.user.set("rose");
        assertTrue(model.connectionString.get().contains("host=db.example.com"), model.connectionString.get());
        assertTrue(model.connectionString.get().contains("dbname=dq"), model.connectionString.get());
        assertFalse(model.connectionString.get().contains("password"), "no password yet");

        model.form.password.set("Tulip-7731");

        assertTrue(model.connectionString.get().contains("password=***"), model.connectionString.get());
        assertFalse(model.connectionString.get().contains("Tulip"));
    }

    @Test
    void aSqliteUrlSwitchesTheEngineAndFillsTheFile() {
        Path file = home.resolve("notes.db");
        model.connectionString.set("jdbc:sqlite:" + file);

        assertEquals(Engine.SQLITE, model.form.engine.get());
        assertEquals(file.toString(), model.form.file.get());
    }

    @Test
    void testReportsTheVersionTheServerGave() {
        fillWithTheTestServer(TestPostgres.get().password());

        model.test();

        assertTrue(model.status.get().startsWith("Connected: PostgreSQL "), model.status.get());
        assertEquals("", model.error.get());
        assertFalse(model.testing.get(), "the Test button is back");
    }

    @Test
    void aRefusedPasswordIsOneSentenceAndNeverShowsThePassword() {
        fillWithTheTestServer("Wrong-Tulip-7731");

        model.test();

        assertTrue(model.error.get().startsWith("Password authentication failed"), model.error.get());
        assertFalse(model.error.get().contains("Wrong-Tulip"), model.error.get());
        assertEquals("", model.status.get(), "no \"Testing…\" left behind");
        assertFalse(model.testing.get());
    }

    @Test
    void aPortThatIsNoNumberIsSaidBeforeAnythingIsTried() {
        fillWithTheTestServer(TestPostgres.get().password());
        model.form.port.set("five");

        model.test();

        assertFalse(model.error.get().isEmpty(), "the field's problem is said");
        assertEquals("", model.status.get(), "nothing was tried");
    }

    @Test
    void connectMakesTheNewFileOpensItInManualModeAndSavesItByName() throws Exception {
        Path file = home.resolve("new-notes.db");
        model.form.engine.set(Engine.SQLITE);
        model.form.file.set(file.toString());
        model.form.createNew.set(true);
        model.saveAs.set("Notes");
        model.startInAutocommit.set(false);
        List<Endpoint> reached = new ArrayList<>();

        model.connect((endpoint, session) -> {
            reached.add(endpoint);
            opened.add(session);
        });

        assertEquals(1, opened.size(), model.error.get());
        assertTrue(Files.isRegularFile(file), "the new database file exists");
        assertFalse(opened.get(0).status().autocommit(), "read back from the driver: manual mode");
        assertEquals(file, reached.get(0).spec().file());
        SavedConnection saved = model.savedConnections().stream().filter(c -> c.name().equals("Notes"))
                .findFirst().orElse(null);
        assertNotNull(saved, "saved under its name");
        assertFalse(saved.autocommit());
        assertEquals(List.of(file), model.recentFiles());
        assertFalse(model.connecting.get());
        assertEquals("", model.status.get());
    }

    @Test
    void connectingToAFileThatIsNoDatabaseSaysSoAndSavesNothing() throws Exception {
        Path file = Files.writeString(home.resolve("letter.db"), "Dear Rose, this is a letter, not a database.");
        model.form.engine.set(Engine.SQLITE);
        model.form.file.set(file.toString());
        model.saveAs.set("Letter");

        model.connect((endpoint, session) -> opened.add(session));

        assertTrue(opened.isEmpty(), "nothing was opened");
        assertFalse(model.error.get().isEmpty(), "the user is told why");
        assertTrue(model.savedConnections().isEmpty(), "a connection that never opened is not saved");
        assertFalse(model.connecting.get(), "Connect can be pressed again");
    }

    private void fillWithTheTestServer(String password) {
        TestPostgres server = TestPostgres.get();
        model.form.engine.set(Engine.POSTGRESQL);
        model.form.host.set(server.host());
        model.form.port.set(String.valueOf(server.port()));
        model.form.database.set("postgres");
        model.form.user.set(server.user());
        model.form.password.set(password);
    }
}
