package dev.sextant.core.store;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.ServerAddress;
import dev.sextant.testsupport.KeychainProbe;
import dev.sextant.testsupport.PrivateKeychain;
import dev.sextant.testsupport.SessionBusProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * "Save password" against a real Secret Service: gnome-keyring on a private D-Bus bus that this
 * class starts and stops ({@link PrivateKeychain}). What landed is read back by
 * {@code secret-tool}, by a new JVM, and after the keyring daemon itself restarted.
 *
 * <p>Without the tools every test is reported skipped with one sentence, never passed; with
 * {@value PrivateKeychain#REQUIRE_KEYCHAIN}=1 in the environment (CI) the class fails instead.
 */
class KeyringSecretsTest {

    private static final String PASSWORD = "Tr0ub4dor&3-only-in-the-keychain";
    private static final String OTHER_PASSWORD = "correct horse battery staple";

    private static PrivateKeychain keychain;
    private static SessionBusProperty bus;

    @TempDir
    Path dir;

    private final ConnectionSpec spec = ConnectionSpec.postgres(List.of(new ServerAddress("db1", 5432)), "dq", "rose");

    @BeforeAll
    static void startKeychain() throws Exception {
        Optional<String> missing = PrivateKeychain.missingTools();
        if (missing.isPresent()) {
            if ("1".equals(System.getenv(PrivateKeychain.REQUIRE_KEYCHAIN))) {
                fail(missing.get());
            }
            return; // each test then reports itself skipped, see needsKeychain
        }
        keychain = PrivateKeychain.start();
        bus = SessionBusProperty.pointAt(keychain.address());
    }

    /** Skipping each test, not the class: Surefire counts a class aborted in @BeforeAll as nothing skipped. */
    @BeforeEach
    void needsKeychain() throws Exception {
        Assumptions.assumeTrue(keychain != null, PrivateKeychain.NO_KEYCHAIN);
        keychain.clear(KeyringSecrets.SERVICE);
    }

    @AfterAll
    static void stopKeychain() throws Exception {
        if (bus != null) {
            bus.close();
        }
        if (keychain != null) {
            keychain.close();
        }
    }

    @Test
    void savePasswordPutsItInTheRealKeyringUnderSextantAndTheConnectionName() throws Exception {
        SavedConnections store = new SavedConnections(AppHome.at(dir), open());
        assertTrue(store.passwordsSurviveRestart());
        store.save(new SavedConnection("tutorial", spec, true), PASSWORD);
        assertEquals(Optional.of(PASSWORD), keychain.lookup("Sextant", "tutorial"), "secret-tool reads what Sextant stored");
        assertEquals(List.of("Sextant|tutorial"), keychain.labels("Sextant", "tutorial"), "the entry names Sextant and the connection");
    }

    @Test
    void aRestartedSextantFindsThePasswordEvenAfterTheKeyringDaemonRestarted() throws Exception {
        new SavedConnections(AppHome.at(dir), open()).save(new SavedConnection("tutorial", spec, true), PASSWORD);
        keychain.stopKeyring();
        keychain.startKeyring(); // from its files on disk, as after a logout and login

        SavedConnections afterRestart = new SavedConnections(AppHome.at(dir), open());
        RememberedPasswords passwords = new RememberedPasswords(afterRestart,
                new ConnectionEnvironment(Map.of(), Files.createDirectories(dir.resolve("empty-home")), "rose"));
        assertEquals(Optional.of(PASSWORD), passwords.find(spec));

        // A new JVM, with the bus in its environment the way a desktop session sets it. It must
        // also end by itself: a D-Bus thread left running kept the app's JVM alive after its window closed.
        Path log = dir.resolve("probe.stderr");
        Map<String, String> probe = KeychainProbe.run(dir, "tutorial", keychain.address(), log);
        assertEquals("true", probe.get("saved"), probe.toString());
        assertEquals("true", probe.get("persistent"), probe.toString());
        assertEquals(KeychainProbe.sha256(PASSWORD), probe.get("password-sha256"), "the new JVM read the password from the keychain");
        assertFalse(Files.readString(log, StandardCharsets.UTF_8).contains(PASSWORD), "the password is in the new JVM's log");
    }

    @Test
    void noThreadOutlivesACallSoTheAppCanExit() throws Exception {
        SavedConnections store = new SavedConnections(AppHome.at(dir), open());
        store.save(new SavedConnection("tutorial", spec, true), PASSWORD);
        assertEquals(Optional.of(PASSWORD), store.password("tutorial"));
        store.delete("tutorial");
        assertEquals(List.of(), KeychainProbe.lingeringBusThreads(), "non-daemon D-Bus threads keep the JVM from exiting");
    }

    @Test
    void aBusWithoutASecretServiceMeansSessionMemoryAndTheJvmStillExits() throws Exception {
        SavedConnections store = new SavedConnections(AppHome.at(dir), new SessionSecrets());
        store.save(new SavedConnection("tutorial", spec, true), PASSWORD);
        keychain.stopKeyring(); // the bus stays: a desktop session with no keyring daemon
        try {
            Secrets best = Secrets.best();
            assertFalse(best.persistent());
            assertEquals(new SessionSecrets().describe(), best.describe());
            assertEquals(List.of(), KeychainProbe.lingeringBusThreads(), "a failed look for a keychain left D-Bus threads");

            Map<String, String> probe = KeychainProbe.run(dir, "tutorial", keychain.address(), dir.resolve("probe.stderr"));
            assertEquals("false", probe.get("persistent"), probe.toString());
            assertEquals("No keychain answered on this computer, so a saved password is kept only until Sextant closes.",
                    probe.get("describe"));
            assertEquals("none", probe.get("password-sha256"));
        } finally {
            keychain.startKeyring();
        }
    }

    @Test
    void deletingTheSavedConnectionDeletesItsPasswordFromTheKeyringAndNoOther() throws Exception {
        SavedConnections store = new SavedConnections(AppHome.at(dir), open());
        store.save(new SavedConnection("tutorial", spec, true), PASSWORD);
        store.save(new SavedConnection("other", spec.withDatabase("other"), true), OTHER_PASSWORD);
        store.delete("tutorial");
        assertEquals(List.of("other"), store.list().stream().map(SavedConnection::name).toList());
        assertEquals(Optional.empty(), keychain.lookup("Sextant", "tutorial"));
        assertEquals(Optional.of(OTHER_PASSWORD), keychain.lookup("Sextant", "other"));
    }

    @Test
    void savingAgainWithSavePasswordOffDeletesThePasswordFromTheKeyring() throws Exception {
        SavedConnections store = new SavedConnections(AppHome.at(dir), open());
        store.save(new SavedConnection("tutorial", spec, true), PASSWORD);
        store.save(new SavedConnection("tutorial", spec, true), OTHER_PASSWORD);
        assertEquals(Optional.of(OTHER_PASSWORD), keychain.lookup("Sextant", "tutorial"), "a new password replaces the old");
        assertEquals(1, keychain.labels("Sextant", "tutorial").size(), "replaced, not a second entry");
        store.save(new SavedConnection("tutorial", spec, false), null);
        assertEquals(Optional.empty(), store.password("tutorial"));
        assertEquals(Optional.empty(), keychain.lookup("Sextant", "tutorial"));
    }

    @Test
    void thePasswordIsInNoFileOnDiskAndNoLogLine() throws Exception {
        String printed = capturingOutput(() -> {
            SavedConnections store = new SavedConnections(AppHome.at(dir), open());
            store.save(new SavedConnection("tutorial", spec, true), PASSWORD);
            assertEquals(Optional.of(PASSWORD), store.password("tutorial"));
        });
        assertEquals(Optional.of(PASSWORD), keychain.lookup("Sextant", "tutorial"), "stored, so the search below means something");
        assertFalse(printed.contains(PASSWORD), "the password was printed or logged");
        List<Path> files = new ArrayList<>(keychain.files());
        try (Stream<Path> home = Files.walk(dir)) {
            files.addAll(home.filter(Files::isRegularFile).toList());
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("login.keyring")), files.toString());
        for (Path file : files) {
            assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(PASSWORD),
                    file + " holds the password in plain text");
        }
    }

    @Test
    void aKeychainThatStopsAnsweringIsASentenceWithoutThePasswordAndChangesNoFile() throws Exception {
        SavedConnections store = new SavedConnections(AppHome.at(dir), open());
        store.save(new SavedConnection("tutorial", spec, true), OTHER_PASSWORD);
        byte[] before = Files.readAllBytes(dir.resolve(SavedConnections.CONNECTIONS_FILE));
        keychain.stopKeyring();
        try {
            String printed = capturingOutput(() -> {
                IllegalStateException refused = assertThrows(IllegalStateException.class,
                        () -> store.save(new SavedConnection("second", spec, true), PASSWORD));
                assertEquals("The keychain refused to store the password for \"second\".", refused.getMessage());
                assertFalse(stackTrace(refused).contains(PASSWORD), "the password is in the error or its causes");

                IllegalStateException notDeleted = assertThrows(IllegalStateException.class, () -> store.delete("tutorial"));
                assertEquals("The keychain did not delete the password of \"tutorial\".", notDeleted.getMessage());

                IllegalStateException notRead = assertThrows(IllegalStateException.class, () -> store.password("tutorial"));
                assertEquals("The keychain did not answer when asked for the password of \"tutorial\".", notRead.getMessage());
            });
            assertFalse(printed.contains(PASSWORD), "the password was printed or logged on the error path");
            assertEquals(new String(before, StandardCharsets.UTF_8),
                    Files.readString(dir.resolve(SavedConnections.CONNECTIONS_FILE), StandardCharsets.UTF_8),
                    "a refused save or delete leaves connections.json as it was");
        } finally {
            keychain.startKeyring();
        }
        assertEquals(Optional.of(OTHER_PASSWORD), keychain.lookup("Sextant", "tutorial"), "still there: the delete did not happen");
        assertEquals(Optional.empty(), keychain.lookup("Sextant", "second"));
    }

    private static KeyringSecrets open() {
        return KeyringSecrets.open().orElseThrow(() -> new AssertionError("the private keychain at "
                + keychain.address() + " did not answer java-keyring"));
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private interface Work {
        void run() throws Exception;
    }

    /** What the work printed to stdout and stderr, where slf4j-simple writes the log. */
    private static String capturingOutput(Work work) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            work.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
