package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The set-up every robot test of the main window repeated, as a JUnit 5 extension registered on
 * a static field: the real app started before each test on a fresh {@code sextant.home} (see
 * {@link RobotSupport#startApp}), optionally with a tab connected to a database of the suite's
 * PostgreSQL, and stopped after each test (its {@code stop()} runs, its windows close).
 *
 * <pre>
 * &#64;RegisterExtension
 * static final RunningApp running = RunningApp.onNewDatabase("robot_edit")
 *         .beforeEachStart("DROP TABLE IF EXISTS items", "CREATE TABLE items (id int PRIMARY KEY)");
 * </pre>
 */
final class RunningApp implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    private final String database;
    private final boolean recreate;
    private List<String> onceSql = List.of();
    private List<String> eachSql = List.of();
    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private TestPostgres server;
    private Path home;
    private SextantApp app;

    private RunningApp(String database, boolean recreate) {
        this.database = database;
        this.recreate = recreate;
    }

    /** The app on its sample database only, as a first start shows it. */
    static RunningApp onSample() {
        return new RunningApp(null, false);
    }

    /** The app with a tab on {@code database}, dropped and made again empty once for the class. */
    static RunningApp onNewDatabase(String database) {
        return new RunningApp(database, true);
    }

    /** The app with a tab on {@code database}, which the suite's server already has (such as postgres). */
    static RunningApp onDatabase(String database) {
        return new RunningApp(database, false);
    }

    /** Statements run on the database once for the class, after it is made (tables every test reads). */
    RunningApp once(String... statements) {
        onceSql = List.of(statements);
        return this;
    }

    /** Statements run on the database before each test's app starts (a table each test changes). */
    RunningApp beforeEachStart(String... statements) {
        eachSql = List.of(statements);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        if (database == null) {
            return;
        }
        server = TestPostgres.get();
        if (recreate) {
            server.recreateDatabase(database);
        }
        execute(onceSql);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        execute(eachSql);
        home = Files.createTempDirectory("sextant-robot-home");
        app = ui.startApp(home);
        if (database != null) {
            ui.openConnection(app, server.endpoint(database));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (app != null) {
                RobotSupport.stopApp(app);
            }
        } finally {
            app = null;
            deleteHome();
        }
    }

    FxRobot robot() {
        return robot;
    }

    RobotSupport ui() {
        return ui;
    }

    /** The running app (null outside a test). */
    SextantApp app() {
        return app;
    }

    /** The suite's PostgreSQL (null for an app on its sample only). */
    TestPostgres server() {
        return server;
    }

    /** This test's {@code sextant.home}, deleted after the test. */
    Path home() {
        return home;
    }

    private void execute(List<String> statements) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private void deleteHome() throws Exception {
        if (home == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        home = null;
    }
}
