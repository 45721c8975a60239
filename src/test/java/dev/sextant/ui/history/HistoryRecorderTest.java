package dev.sextant.ui.history;

import dev.sextant.core.store.AppHome;
import dev.sextant.core.store.QueryHistory;
import dev.sextant.core.task.ImmediateRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real history.db that cannot be written (a directory stands in its place). */
class HistoryRecorderTest {

    @TempDir
    Path dir;

    @Test
    void aFailingHistoryIsToldOnceUntilAWriteWorksAgain() throws Exception {
        Path file = dir.resolve("history.db");
        Files.createDirectories(file.resolve("in-the-way"));
        List<String> told = new ArrayList<>();
        QueryHistory history = new QueryHistory(AppHome.at(dir));
        HistoryRecorder recorder = new HistoryRecorder(history, new ImmediateRunner(), told::add);

        recorder.finished("sample.db", "SELECT 1", 1, "1 row", false);
        recorder.finished("sample.db", "SELECT 2", 1, "1 row", false);
        assertEquals(1, told.size(), "one sentence, not one per statement: " + told);
        assertTrue(told.get(0).startsWith("The query history is not being kept: Sextant could not write to " + file),
                told.get(0));

        Files.delete(file.resolve("in-the-way"));
        Files.delete(file);
        recorder.finished("sample.db", "SELECT 3", 1, "1 row", false);
        assertEquals(List.of("SELECT 3"), history.search("", null, 10).stream().map(e -> e.sql()).toList());

        Files.delete(file);
        Files.createDirectories(file.resolve("in-the-way"));
        recorder.finished("sample.db", "SELECT 4", 1, "1 row", false);
        assertEquals(2, told.size(), "broken again after working: told again");
    }
}
