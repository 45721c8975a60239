package dev.sextant.core.sqlite;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.ConnectionStringException;
import dev.sextant.core.connect.ConnectionUri;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * SQLite files named the ways people paste them: {@code jdbc:sqlite:/data/app.db},
 * {@code jdbc:sqlite:file:app.db?mode=ro}, SQLAlchemy's {@code sqlite:///relative.db} and
 * {@code sqlite:////absolute/path.db}. A relative path is taken from the home directory, because
 * a desktop app's working directory is wherever it happened to be started.
 */
final class SqliteUrl {

    static final String JDBC_PREFIX = "jdbc:sqlite:";

    private SqliteUrl() {
    }

    /** The spec for a SQLite URL in either form, or empty when {@code text} is not one. */
    static Optional<ConnectionSpec> parse(String text, ConnectionEnvironment env, List<String> warnings)
            throws ConnectionStringException {
        if (text.startsWith(JDBC_PREFIX)) {
            return Optional.of(parseJdbc(text, env, warnings));
        }
        return isSqlAlchemy(text) ? Optional.of(parseSqlAlchemy(text, env, warnings)) : Optional.empty();
    }

    /** The {@code jdbc:sqlite:} URL that {@link #parse} reads back into the same spec. */
    static String format(ConnectionSpec spec) {
        String path = spec.file().toString();
        boolean plain = path.indexOf('?') < 0 && path.indexOf('%') < 0;
        String location = plain ? path : "file:" + ConnectionUri.encode(path).replace("%2F", "/");
        return JDBC_PREFIX + location + (spec.readOnly() ? "?mode=ro" : "");
    }

    static boolean isSqlAlchemy(String text) {
        return text.matches("(?s)sqlite(\\+\\w+)?://.*");
    }

    static ConnectionSpec parseJdbc(String url, ConnectionEnvironment env, List<String> warnings)
            throws ConnectionStringException {
        return toSpec(url.substring(JDBC_PREFIX.length()), url, env, warnings);
    }

    /** SQLAlchemy: three slashes then a relative path, four for an absolute one. */
    static ConnectionSpec parseSqlAlchemy(String url, ConnectionEnvironment env, List<String> warnings)
            throws ConnectionStringException {
        String rest = url.substring(url.indexOf("://") + 3);
        return toSpec(rest.startsWith("/") ? rest.substring(1) : rest, url, env, warnings);
    }

    private static ConnectionSpec toSpec(String location, String url, ConnectionEnvironment env, List<String> warnings)
            throws ConnectionStringException {
        int question = location.indexOf('?');
        String query = question < 0 ? "" : location.substring(question + 1);
        String path = question < 0 ? location : location.substring(0, question);
        if (path.startsWith("file:")) {
            path = ConnectionUri.decode(path.substring("file:".length()));
        }
        if (path.isEmpty() || path.equals(":memory:")) {
            throw new ConnectionStringException("an in-memory SQLite database cannot be opened here; name a file: \"" + url + "\"");
        }
        boolean readOnly = readParameters(query, warnings);
        return ConnectionSpec.sqlite(resolve(path, env)).withReadOnly(readOnly);
    }

    private static boolean readParameters(String query, List<String> warnings) {
        boolean readOnly = false;
        for (String parameter : query.isEmpty() ? new String[0] : query.split("&")) {
            switch (parameter) {
                case "mode=ro" -> readOnly = true;
                case "mode=rw", "uri=true" -> { }
                case "mode=rwc" -> warnings.add("\"mode=rwc\" was ignored: Sextant creates a database only when you choose to create a new one");
                default -> warnings.add("SQLite parameter \"" + parameter + "\" is not kept by Sextant; it was ignored");
            }
        }
        return readOnly;
    }

    private static Path resolve(String path, ConnectionEnvironment env) {
        if (path.equals("~") || path.startsWith("~/")) {
            return env.home().resolve(path.substring(Math.min(2, path.length())));
        }
        return env.home().resolve(path);
    }
}
