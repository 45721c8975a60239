package dev.sextant.ui.app;

import dev.sextant.ui.dialogs.FilePicker;
import dev.sextant.ui.dialogs.NativeSqlFilePicker;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.store.AppHome;
import dev.sextant.ui.dialogs.SqlFilePicker;
import dev.sextant.ui.results.GridWarmUp;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JavaFX application: makes the shared services, shows the main window, and opens the
 * sample database (generating it on first start in the background while the window is built).
 */
public final class SextantApp extends Application {

    /** Written once the main window is on screen; the packaging smoke test waits for it. */
    public static final String SHOWN_LOG_LINE = "Main window shown";
    /** Written once the window is usable (tree and editor laid out); the start-up benchmark waits for it. */
    public static final String READY_LOG_LINE = "Main window ready";
    static final String SAMPLE_QUERY = """
            -- The sample database: users with notes, artists with albums and tracks.
            -- Put the cursor in a statement and press Run (Ctrl+Enter).
            SELECT u.username, count(n.id) AS notes
            FROM users u LEFT JOIN notes n ON n.user_id = u.id
            GROUP BY u.id
            ORDER BY notes DESC, u.username;

            SELECT * FROM album_lengths ORDER BY seconds DESC;
            """;

    private static final Logger LOG = LoggerFactory.getLogger(SextantApp.class);

    private final FilePicker filePicker;
    private final SqlFilePicker sqlFilePicker;
    private final ConnectionEnvironment environment;
    private AppServices services;
    private SampleOpening sample;
    private MainWindow window;

    /** The app as users start it, choosing files with the platform's file chooser. */
    public SextantApp() {
        this(SextantApp::chooseDatabaseFile, ConnectionEnvironment.system());
    }

    /**
     * The app with another way to pick files and another environment for libpq's defaults
     * (tests answer the file question themselves and never read the real home directory).
     */
    public SextantApp(FilePicker filePicker, ConnectionEnvironment environment) {
        this(filePicker, new NativeSqlFilePicker(), environment);
    }

    /** The app with its file questions (database files and .sql files) answered by the caller. */
    public SextantApp(FilePicker filePicker, SqlFilePicker sqlFilePicker, ConnectionEnvironment environment) {
        this.filePicker = filePicker;
        this.sqlFilePicker = sqlFilePicker;
        this.environment = environment;
    }

    /** Runs on the launcher thread, before the FX thread starts: file work belongs here, not in start(). */
    @Override
    public void init() throws Exception {
        StartupPhases.reached("init");
        // The FX thread idles while this runs: it reads the theme meanwhile, ahead of start().
        Platform.runLater(() -> applyTheme(false));
        AppHome home = AppHome.resolve();
        // Rows a crashed run spilled to disk: no running app holds them any more.
        dev.sextant.core.result.SpillFile.deleteLeftovers(home.dir().resolve(dev.sextant.core.result.SpillFile.FOLDER));
        services = AppServices.start(home, environment);
        sample = SampleOpening.begin(home.sampleDatabase(), services.side());
        StartupPhases.reached("services");
    }

    @Override
    public void start(Stage stage) throws Exception {
        StartupPhases.reached("start");
        window = new MainWindow(services, filePicker, sqlFilePicker, SextantApp::applyTheme);
        Scene scene = new Scene(window.load(), 1280, 800);
        StartupPhases.reached("window made");
        stage.setTitle("Sextant");
        URL icon = SextantApp.class.getResource("/dev/sextant/ui/icons/sextant-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm(), true)); // decoded in the background
        }
        stage.setScene(scene);
        window.guardClose(stage);
        ReadyLine.writeWhen(scene, () -> window.usable() || sample.openedNothing(), () -> {
            if (GridWarmUp.switchedOn()) {
                GridWarmUp.whenIdle(); // the user's first result then paints as fast as the next ones
            }
        });
        stage.setOnShown(e -> LOG.info(SHOWN_LOG_LINE));
        sample.into(window, () -> {
            StartupPhases.reached("no tabs to restore");
            window.openConnection(Endpoint.of(ConnectionSpec.sqlite(sample.sample())), null, SAMPLE_QUERY);
            StartupPhases.reached("sample's tab made");
        });
        stage.show();
        StartupPhases.reached("show() returned");
    }

    /** The main window, for tests that open connections the connection dialog would open. */
    MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.closeAll();
        }
        if (services != null) {
            services.close();
        }
    }

    private static Optional<Path> chooseDatabaseFile(javafx.stage.Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a SQLite database");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("SQLite databases", "*.db", "*.sqlite", "*.sqlite3", "*.db3"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
