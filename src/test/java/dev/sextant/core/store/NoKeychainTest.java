package dev.sextant.core.store;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.ServerAddress;
import dev.sextant.testsupport.KeychainProbe;
import dev.sextant.testsupport.SessionBusProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Where no keychain answers ({@code DBUS_SESSION_BUS_ADDRESS} naming a socket nobody listens on),
 * "save password" falls back to memory for this session and says so in one sentence. Needs no
 * keyring installed, so it runs everywhere; {@link KeyringSecretsTest} covers the real keychain.
 */
class NoKeychainTest {

    private static final String PASSWORD = "Tr0ub4dor&3-session-only";
    static final String FALLBACK = "No keychain answered on this computer, so a saved password is kept only until Sextant closes.";

    @TempDir
    Path dir;

    private final ConnectionSpec spec = ConnectionSpec.postgres(List.of(new ServerAddress("db1", 5432)), "dq", "rose");

    private String nowhere() {
        return "unix:path=" + dir.resolve("no-bus-here");
    }

    @Test
    void theFallbackKeepsThePasswordForThisSessionAndSaysSo() throws Exception {
        try (SessionBusProperty bus = SessionBusProperty.pointAt(nowhere())) {
            Secrets best = Secrets.best();
            SavedConnections store = new SavedConnections(AppHome.at(dir), best);
            assertFalse(store.passwordsSurviveRestart());
            assertEquals(FALLBACK, store.passwordKeeping());
            store.save(new SavedConnection("tutorial", spec, true), PASSWORD);
            assertEquals(Optional.of(PASSWORD), store.password("tutorial"), "kept for this session");
            assertEquals(List.of(), KeychainProbe.lingeringBusThreads(), "looking for a keychain left D-Bus threads");
        }
    }

    @Test
    void aNewJvmWithTheBusVariablePointingAtNothingHasNoPasswordAndExits() throws Exception {
        try (SessionBusProperty bus = SessionBusProperty.pointAt(nowhere())) {
            new SavedConnections(AppHome.at(dir), Secrets.best()).save(new SavedConnection("tutorial", spec, true), PASSWORD);
        }
        Path log = dir.resolve("probe.stderr");
        Map<String, String> probe = KeychainProbe.run(dir, "tutorial", nowhere(), log);
        assertEquals("true", probe.get("saved"), probe.toString());
        assertEquals("false", probe.get("persistent"), probe.toString());
        assertEquals(FALLBACK, probe.get("describe"));
        assertEquals("none", probe.get("password-sha256"), "a restart without a keychain has no password");
        assertFalse(Files.readString(log, StandardCharsets.UTF_8).contains(PASSWORD));
    }
}
