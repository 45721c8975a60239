package dev.sextant.core.store;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.SslMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditorBuffersTest {

    @TempDir
    Path dir;

    @Test
    void nothingSavedGivesAnEmptySnapshot() throws Exception {
        assertEquals(EditorBuffers.Snapshot.empty(), new EditorBuffers(AppHome.at(dir)).load());
    }

    @Test
    void tabsComeBackInOrderWithTextCaretTitleConnectionAndFile() throws Exception {
        ConnectionSpec sqlite = ConnectionSpec.sqlite(dir.resolve("shop.db"));
        ConnectionSpec postgres = ConnectionSpec.postgres("db.example.org", 5433, "dq", "rose")
                .withSsl(SslMode.VERIFY_FULL, dir.resolve("root.crt")).withReadOnly(true);
        Path sqlFile = dir.resolve("report.sql");
        List<EditorBuffers.Buffer> buffers = List.of(
                new EditorBuffers.Buffer("shop.db", "SELECT 1;\n-- ünïcode ✓", 3, sqlite, null, true),
                new EditorBuffers.Buffer("report.sql", "SELECT * FROM t", 0, postgres, sqlFile, false));

        new EditorBuffers(AppHome.at(dir)).save(new EditorBuffers.Snapshot(buffers, 1));
        EditorBuffers.Snapshot back = new EditorBuffers(AppHome.at(dir)).load();

        assertEquals(buffers, back.buffers());
        assertEquals(1, back.selected());
    }

    @Test
    void noPasswordEverReachesTheFile() throws Exception {
        // The password lives only in the Endpoint; a Buffer cannot carry it, and the file has no field for it.
        ConnectionSpec postgres = ConnectionSpec.postgres("localhost", 5432, "dq", "rose");
        EditorBuffers buffers = new EditorBuffers(AppHome.at(dir));
        buffers.save(new EditorBuffers.Snapshot(List.of(
                new EditorBuffers.Buffer(null, "SELECT 1", 0, postgres, null, true)), 0));

        String written = Files.readString(buffers.file());
        assertFalse(written.toLowerCase().contains("password"), written);
        assertTrue(written.contains("\"user\":\"rose\""), written);
    }

    @Test
    void aSaveLeavesNoTemporaryFileAndReplacesTheWholeFile() throws Exception {
        EditorBuffers buffers = new EditorBuffers(AppHome.at(dir));
        ConnectionSpec spec = ConnectionSpec.sqlite(dir.resolve("a.db"));
        buffers.save(new EditorBuffers.Snapshot(List.of(
                new EditorBuffers.Buffer("a", "x".repeat(10_000), 0, spec, null, true)), 0));
        buffers.save(new EditorBuffers.Snapshot(List.of(new EditorBuffers.Buffer("a", "short", 0, spec, null, true)), 0));

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(EditorBuffers.FILE), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("short", buffers.load().buffers().get(0).text());
    }

    @Test
    void anOlderSnapshotArrivingLateDoesNotOverwriteANewerOne() throws Exception {
        EditorBuffers buffers = new EditorBuffers(AppHome.at(dir));
        ConnectionSpec spec = ConnectionSpec.sqlite(dir.resolve("a.db"));
        assertTrue(buffers.save(new EditorBuffers.Snapshot(List.of(
                new EditorBuffers.Buffer("a", "newer", 0, spec, null, true)), 0), 2));
        assertFalse(buffers.save(new EditorBuffers.Snapshot(List.of(
                new EditorBuffers.Buffer("a", "older", 0, spec, null, true)), 0), 1));
        assertEquals("newer", buffers.load().buffers().get(0).text());
    }
}
