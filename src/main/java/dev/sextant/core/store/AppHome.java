package dev.sextant.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The one directory the app writes to: settings, saved connections, history, recovery and the
 * sample database. Given by the system property {@code sextant.home}, else the platform's user
 * configuration directory.
 */
public final class AppHome {

    public static final String PROPERTY = "sextant.home";
    public static final String SAMPLE_DATABASE = "sample.db";

    private final Path dir;

    private AppHome(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The home the running app uses, created if missing. */
    public static AppHome resolve() throws IOException {
        return at(defaultDirectory(System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv()));
    }

    public static AppHome at(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new AppHome(dir);
    }

    /** Where the home is, from the property if set, else by the platform's convention. */
    static Path defaultDirectory(String property, String osName, String userHome, Map<String, String> env) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Sextant") : Path.of(userHome, "AppData", "Roaming", "Sextant");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Sextant");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "sextant") : Path.of(userHome, ".config", "sextant");
    }

    public Path dir() {
        return dir;
    }

    public Path sampleDatabase() {
        return dir.resolve(SAMPLE_DATABASE);
    }
}
