package dev.sextant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a thread of its own, the classes a cold start needs (listed in
 * {@code startup-classes.txt}, in the order a start loads them), while the JavaFX toolkit is
 * still starting and the second core would idle: most of the first paint was spent loading
 * classes one by one on the FX thread (docs/benchmarks.md, goal 5). Classes are only loaded,
 * never initialized, so nothing runs off its thread; a name no longer on the class path is skipped.
 */
final class StartupClasses {

    static final String LIST = "startup-classes.txt";

    private StartupClasses() {
    }

    /** Starts loading in the background; the app goes on at once. */
    static void loadInBackground() {
        Thread loader = new Thread(StartupClasses::loadAll, "sextant-startup-classes");
        loader.setDaemon(true);
        loader.start();
    }

    private static void loadAll() {
        ClassLoader classes = StartupClasses.class.getClassLoader();
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                load(classes, name.strip());
            }
        } catch (IOException e) {
            // Only a head start is lost: every class still loads when first used.
        }
    }

    private static void load(ClassLoader classes, String name) {
        if (name.isEmpty() || name.startsWith("#")) {
            return;
        }
        try {
            Class.forName(name, false, classes);
        } catch (ClassNotFoundException | LinkageError e) {
            // Renamed or gone since the list was made: it simply is not preloaded.
        }
    }
}
