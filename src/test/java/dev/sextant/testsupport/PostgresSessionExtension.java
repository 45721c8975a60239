package dev.sextant.testsupport;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.SqlSession;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A database of a test class's own on the suite's PostgreSQL: made afresh once for the class,
 * its tables made again by the given statements before each test (so no test sees another's
 * rows), and a {@link SqlSession} opened on it for the test and closed after it. Register it on a
 * static field with {@code @RegisterExtension}, so the database is made once per class; a test
 * method takes the session (and the {@link Endpoint}, to open others) as parameters.
 */
public final class PostgresSessionExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private final String database;
    private final List<String> tables;
    private TestPostgres server;
    private SqlSession session;

    /**
     * @param database a name of the class's own (it is dropped and created again)
     * @param tables   statements run before each test, on a connection of their own, in order
     */
    public PostgresSessionExtension(String database, String... tables) {
        this.database = database;
        this.tables = List.of(tables);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(database);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        try (Connection c = endpoint().connect(); Statement s = c.createStatement()) {
            for (String sql : tables) {
                s.execute(sql);
            }
        }
        session = SqlSession.open(endpoint());
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        session.close();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SqlSession.class || type == Endpoint.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SqlSession.class ? session : endpoint();
    }

    public TestPostgres server() {
        return server;
    }

    /** Where the database is, with the password: a new connection or session to it opens from here. */
    public Endpoint endpoint() {
        return server.endpoint(database);
    }

    /** The session opened for the current test (closing it early is fine: closing twice does nothing). */
    public SqlSession session() {
        return session;
    }

    public String database() {
        return database;
    }
}
