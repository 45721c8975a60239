package dev.sextant.ui.connect;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.store.AppHome;
import dev.sextant.core.store.SavedConnections;
import dev.sextant.core.store.SessionSecrets;
import dev.sextant.core.task.ImmediateRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dialog's model with the synchronous runner: fields and string follow each other, passwords stay hidden. */
class ConnectionDialogModelTest {

    @TempDir
    Path home;

    private ConnectionDialogModel model;

    @BeforeEach
    void makeModel() throws Exception {
        Path appHome = Files.createDirectories(home.resolve("app"));
        model = new ConnectionDialogModel(new ConnectionEnvironment(Map.of(), home, "tester"), new ImmediateRunner(),
                new SavedConnections(AppHome.at(appHome), new SessionSecrets()));
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
}
