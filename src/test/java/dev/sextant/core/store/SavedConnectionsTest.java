package dev.sextant.core.store;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.ServerAddress;
import dev.sextant.core.connect.SslMode;
import dev.sextant.testsupport.SessionBusProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved connections and recent files under a temporary app home; passwords never on disk. */
class SavedConnectionsTest {

    private static final String PASSWORD = "Tr0ub4dor&3-never-on-disk";

    @TempDir
    Path dir;

    private final ConnectionSpec spec = ConnectionSpec.postgres(
                    List.of(new ServerAddress("db1", 5432), new ServerAddress("::1", 5433)), "dq", "rose")
            .withSsl(SslMode.VERIFY_FULL, Path.of("/etc/ca.pem")).withApplicationName("tut")
            .withConnectTimeoutSeconds(5).withReadOnly(true);

    @Test
    void everyFieldButThePasswordSurvivesARestart() throws Exception {
        SavedConnections store = new SavedConnections(AppHome.at(dir), new SessionSecrets());
        store.save(new SavedConnection("tutorial", spec, false), PASSWORD);
        store.save(new SavedConnection("notes", ConnectionSpec.sqlite(dir.resolve("notes.db")), false), null);
        SavedConnections afterRestart = new SavedConnections(AppHome.at(dir), new SessionSecrets());
        assertEquals(List.of(new SavedConnection("tutorial", spec, false),
                new SavedConnection("notes", ConnectionSpec.sqlite(dir.resolve("notes.db")), false)), afterRestart.list());
    }

    @Test
    void savingUnderTheSameNameReplacesAndDeleteRemoves() throws Exception {
        SavedConnections store = new SavedConnections(AppHome.at(dir), new SessionSecrets());
        store.save(new SavedConnection("tutorial", spec, false), null);
        store.save(new SavedConnection("tutorial", spec.withDatabase("other"), false), null);
        assertEquals("other", store.find("tutorial").orElseThrow().spec().database());
        store.delete("tutorial");
        assertEquals(List.of(), store.list());
    }

    @Test
    void noPasswordInAnyFileWithSavePasswordOffOrOnWithoutAKeychain() throws Exception {
        Secrets secrets;
        try (SessionBusProperty nowhere = SessionBusProperty.pointAt("unix:path=" + dir.resolve("no-bus-here"))) {
            secrets = Secrets.best(); // no keychain answers there, whatever this machine's desktop has
        }
        assertFalse(secrets.persistent(), "no Secret Service answers, so passwords are session-only");
        SavedConnections store = new SavedConnections(AppHome.at(dir), secrets);

        store.save(new SavedConnection("off", spec, false), PASSWORD);
        assertEquals(Optional.empty(), store.password("off"));
        store.save(new SavedConnection("on", spec, true), PASSWORD);
        assertEquals(Optional.of(PASSWORD), store.password("on"), "kept for this session");
        store.noteRecentFile(dir.resolve("a.db"));

        assertNoFileContains(PASSWORD);
        assertFalse(new SavedConnections(AppHome.at(dir), new SessionSecrets()).password("on").isPresent(),
                "a new session (a restart) has no password without a keychain");
    }

    @Test
    void turningSavePasswordOffForgetsTheStoredOne() throws Exception {
        SessionSecrets secrets = new SessionSecrets();
        SavedConnections store = new SavedConnections(AppHome.at(dir), secrets);
        store.save(new SavedConnection("tutorial", spec, true), PASSWORD);
        store.save(new SavedConnection("tutorial", spec, false), null);
        assertEquals(Optional.empty(), store.password("tutorial"));
        store.save(new SavedConnection("again", spec, true), PASSWORD);
        store.delete("again");
        assertEquals(Optional.empty(), secrets.password("again"));
    }

    @Test
    void recentFilesMostRecentFirstWithoutDuplicatesAndBounded() throws Exception {
        SavedConnections store = new SavedConnections(AppHome.at(dir), new SessionSecrets());
        for (int i = 0; i < 12; i++) {
            store.noteRecentFile(dir.resolve("f" + i + ".db"));
        }
        store.noteRecentFile(dir.resolve("f5.db"));
        List<Path> recent = new SavedConnections(AppHome.at(dir), new SessionSecrets()).recentFiles();
        assertEquals(SavedConnections.RECENT_FILES_KEPT, recent.size());
        assertEquals(dir.resolve("f5.db"), recent.get(0));
        assertEquals(dir.resolve("f11.db"), recent.get(1));
        assertEquals(1, recent.stream().filter(dir.resolve("f5.db")::equals).count());
    }

    private void assertNoFileContains(String secret) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("connections.json")), files.toString());
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(content.contains(secret), file + " contains the password");
        }
    }
}
