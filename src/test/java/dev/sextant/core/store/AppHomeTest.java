package dev.sextant.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppHomeTest {

    @Test
    void thePropertyWins() {
        assertEquals(Path.of("/tmp/x"), AppHome.defaultDirectory("/tmp/x", "Linux", "/home/rose", Map.of()));
    }

    @Test
    void eachPlatformHasItsConventionalPlace() {
        assertEquals(Path.of("/home/rose/.config/sextant"), AppHome.defaultDirectory(null, "Linux", "/home/rose", Map.of()));
        assertEquals(Path.of("/xdg/sextant"),
                AppHome.defaultDirectory("", "Linux", "/home/rose", Map.of("XDG_CONFIG_HOME", "/xdg")));
        assertEquals(Path.of("/Users/rose/Library/Application Support/Sextant"),
                AppHome.defaultDirectory(null, "Mac OS X", "/Users/rose", Map.of()));
        assertEquals(Path.of("C:/Users/rose/AppData/Roaming", "Sextant"),
                AppHome.defaultDirectory(null, "Windows 11", "C:/Users/rose", Map.of("APPDATA", "C:/Users/rose/AppData/Roaming")));
    }

    @Test
    void theDirectoryIsCreated(@TempDir Path dir) throws Exception {
        AppHome home = AppHome.at(dir.resolve("a/b"));
        assertTrue(Files.isDirectory(home.dir()));
        assertEquals(home.dir().resolve("sample.db"), home.sampleDatabase());
    }
}
