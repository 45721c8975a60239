package dev.sextant.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryHistoryTest {

    @TempDir
    Path dir;

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void recordsEveryFieldAndListsNewestFirst() throws Exception {
        QueryHistory history = new QueryHistory(AppHome.at(dir));
        history.record(new HistoryEntry("SELECT 1", T0, "sample.db", 3, "1 row", false));
        history.record(new HistoryEntry("SELEC 2", T0.plusSeconds(5), "sample.db", 1, "Syntax error near \"SELEC\".", true));

        List<HistoryEntry> all = history.search("", null, 100);

        assertEquals(List.of(
                new HistoryEntry("SELEC 2", T0.plusSeconds(5), "sample.db", 1, "Syntax error near \"SELEC\".", true),
                new HistoryEntry("SELECT 1", T0, "sample.db", 3, "1 row", false)), all);
        assertTrue(Files.exists(dir.resolve("history.db")));
    }

    @Test
    void searchesByTextIgnoringCaseAndTakingWildcardsLiterally() throws Exception {
        QueryHistory history = new QueryHistory(AppHome.at(dir));
        history.record(new HistoryEntry("SELECT * FROM users", T0, "a", 1, "", false));
        history.record(new HistoryEntry("DELETE FROM notes", T0.plusSeconds(1), "a", 1, "", false));
        history.record(new HistoryEntry("SELECT '100%' AS done", T0.plusSeconds(2), "a", 1, "", false));

        assertEquals(List.of("SELECT * FROM users"), texts(history.search("from USERS", null, 10)));
        assertEquals(List.of("SELECT '100%' AS done"), texts(history.search("0%", null, 10)));
        assertEquals(List.of(), texts(history.search("users_", null, 10)));
    }

    @Test
    void keepsConnectionsApart() throws Exception {
        QueryHistory history = new QueryHistory(AppHome.at(dir));
        history.record(new HistoryEntry("SELECT 'sqlite'", T0, "sample.db", 1, "", false));
        history.record(new HistoryEntry("SELECT 'pg'", T0.plusSeconds(1), "rose@localhost:5432/dq", 1, "", false));
        history.record(new HistoryEntry("SELECT 'sqlite again'", T0.plusSeconds(2), "sample.db", 1, "", false));

        assertEquals(List.of("SELECT 'sqlite again'", "SELECT 'sqlite'"), texts(history.search("", "sample.db", 10)));
        assertEquals(List.of("SELECT 'pg'"), texts(history.search("select", "rose@localhost:5432/dq", 10)));
        assertEquals(List.of("sample.db", "rose@localhost:5432/dq"), history.connections());
    }

    @Test
    void limitKeepsTheNewest() throws Exception {
        QueryHistory history = new QueryHistory(AppHome.at(dir));
        for (int i = 0; i < 5; i++) {
            history.record(new HistoryEntry("SELECT " + i, T0.plusSeconds(i), "a", 1, "", false));
        }
        assertEquals(List.of("SELECT 4", "SELECT 3"), texts(history.search(null, "a", 2)));
    }

    private static List<String> texts(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::sql).toList();
    }

    @Test
    void keepsPasswordsOutOfTheFile() throws Exception {
        QueryHistory history = new QueryHistory(AppHome.at(dir));
        history.record(new HistoryEntry("ALTER ROLE rose PASSWORD 'Tulip-7731'", T0, "a", 1, "ALTER ROLE", false));
        history.record(new HistoryEntry("CREATE USER MAPPING FOR rose SERVER far OPTIONS (user 'rose', password E'Daisy\\'9')",
                T0.plusSeconds(1), "a", 1, "CREATE USER MAPPING", false));

        List<String> kept = history.search("", null, 10).stream().map(HistoryEntry::sql).toList();

        assertEquals(List.of("CREATE USER MAPPING FOR rose SERVER far OPTIONS (user 'rose', password '***')",
                "ALTER ROLE rose PASSWORD '***'"), kept);
        String onDisk = new String(Files.readAllBytes(dir.resolve("history.db")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(onDisk.contains("Tulip") || onDisk.contains("Daisy"), "a password reached history.db");
    }
}
