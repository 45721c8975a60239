package dev.sextant.core.connect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Connection strings in every form people paste them, read into a {@link ConnectionSpec}, and
 * the spec written back as a libpq keyword/value string for the dialog to show.
 *
 * <p>Read: libpq keyword/value strings ({@code dbname=dq user=rose}), {@code postgresql://} and
 * {@code postgres://} URIs, JDBC URLs ({@code jdbc:postgresql:}, {@code jdbc:sqlite:}) and
 * SQLAlchemy URLs ({@code postgresql+psycopg2://}, {@code sqlite:///}). Whatever the string
 * leaves unset comes from a service file, the {@code PG*} variables and libpq's defaults, in
 * libpq's order; a missing password is looked up in {@code ~/.pgpass}.
 *
 * <p>One difference from libpq: libpq's default host is a Unix-domain socket, which pgjdbc
 * cannot use, so the default host here is {@code localhost} over TCP, and a socket directory
 * given as the host (such as {@code /var/run/postgresql}) is replaced by it, with a warning.
 */
public final class ConnectionStrings {

    /** What a written string shows instead of the password. */
    public static final String PASSWORD_MASK = "***";

    private static final Pattern SQLALCHEMY_POSTGRES = Pattern.compile("(?s)postgres(?:ql)?\\+\\w+://.*");

    private ConnectionStrings() {
    }

    /** Reads any supported form. The exception's message is one line, in libpq's words where it has them. */
    public static ParsedConnection parse(String text, ConnectionEnvironment env) throws ConnectionStringException {
        String trimmed = text.strip();
        List<String> warnings = new ArrayList<>();
        for (Engine engine : Engine.values()) {
            Optional<ParsedConnection> own = engine.connection().parse(trimmed, env, warnings);
            if (own.isPresent()) {
                return own.get();
            }
        }
        if (trimmed.startsWith(JdbcUrl.PREFIX)) {
            JdbcUrl.Options jdbc = JdbcUrl.parse(trimmed, warnings);
            ParsedConnection parsed = postgres(jdbc.values(), env, warnings);
            return jdbc.readOnly() ? withSpec(parsed, parsed.spec().withReadOnly(true)) : parsed;
        }
        if (SQLALCHEMY_POSTGRES.matcher(trimmed).matches()) {
            // SQLAlchemy hands the rest to libpq, so after the driver name it is a libpq URI.
            trimmed = "postgresql" + trimmed.substring(trimmed.indexOf("://"));
        }
        Map<String, String> given = ConnectionUri.isUri(trimmed)
                ? ConnectionUri.parse(trimmed, LibpqKeywords::isKnown)
                : KeywordValueText.parse(text, LibpqKeywords::isKnown);
        return postgres(given, env, warnings);
    }

    /** A new PostgreSQL connection as libpq would make it from an empty string; a broken service becomes a warning. */
    public static ParsedConnection defaults(ConnectionEnvironment env) {
        try {
            return parse("", env);
        } catch (ConnectionStringException e) {
            ParsedConnection plain = parseWithoutService(env);
            List<String> warnings = new ArrayList<>(plain.warnings());
            warnings.add(0, e.getMessage());
            return new ParsedConnection(plain.spec(), plain.password(), plain.passwordSource(), false, warnings);
        }
    }

    private static ParsedConnection parseWithoutService(ConnectionEnvironment env) {
        Map<String, String> variables = new LinkedHashMap<>(env.variables());
        variables.remove("PGSERVICE");
        try {
            return parse("", new ConnectionEnvironment(variables, env.home(), env.osUser(), env.systemConfigDir()));
        } catch (ConnectionStringException e) {
            // Only the PG* variables are left; a bad one (PGPORT=abc) leaves libpq's plain defaults.
            return new ParsedConnection(ConnectionSpec.postgres(Defaults.DEFAULT_HOST, ConnectionSpec.DEFAULT_PORT,
                    env.osUser(), env.osUser()), null, PasswordSource.NONE, false, List.of(e.getMessage()));
        }
    }

    /**
     * The string the dialog shows: for PostgreSQL a libpq keyword/value string with every field
     * and {@code password=***} when there is a password (never the password itself); for SQLite
     * a {@code jdbc:sqlite:} URL. {@link #parse} reads either back into the same spec.
     */
    public static String format(ConnectionSpec spec, boolean passwordPresent) {
        return spec.engine().connection().format(spec, passwordPresent);
    }

    /** {@code host=... port=... dbname=... user=... password=*** sslmode=...}, quoted as libpq reads it. */
    public static String toKeywordValue(ConnectionSpec spec, boolean passwordPresent) {
        return KeywordValueText.format(keywords(spec, passwordPresent));
    }

    /** A {@code postgresql://} URI with every field but the password, percent-encoded. */
    public static String toUri(ConnectionSpec spec) {
        StringBuilder uri = new StringBuilder("postgresql://");
        if (spec.user() != null) {
            uri.append(ConnectionUri.encode(spec.user())).append('@');
        }
        for (int i = 0; i < spec.servers().size(); i++) {
            ServerAddress server = spec.servers().get(i);
            String host = server.host().contains(":") ? "[" + server.host() + "]" : ConnectionUri.encode(server.host());
            uri.append(i > 0 ? "," : "").append(host).append(':').append(server.port());
        }
        uri.append('/').append(spec.database() == null ? "" : ConnectionUri.encode(spec.database()));
        Map<String, String> query = keywords(spec, false);
        query.keySet().removeAll(List.of("host", "port", "dbname", "user"));
        String separator = "?";
        for (Map.Entry<String, String> entry : query.entrySet()) {
            uri.append(separator).append(entry.getKey()).append('=').append(ConnectionUri.encode(entry.getValue()));
            separator = "&";
        }
        return uri.toString();
    }

    private static Map<String, String> keywords(ConnectionSpec spec, boolean passwordPresent) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("host", String.join(",", spec.servers().stream().map(ServerAddress::host).toList()));
        List<String> ports = spec.servers().stream().map(server -> Integer.toString(server.port())).distinct().toList();
        values.put("port", ports.size() == 1 ? ports.get(0)
                : String.join(",", spec.servers().stream().map(server -> Integer.toString(server.port())).toList()));
        putIfSet(values, "dbname", spec.database());
        putIfSet(values, "user", spec.user());
        if (passwordPresent) {
            values.put("password", PASSWORD_MASK);
        }
        values.put("sslmode", spec.sslMode().keyword());
        putIfSet(values, "sslrootcert", spec.sslRootCert() == null ? null : spec.sslRootCert().toString());
        putIfSet(values, "application_name", spec.applicationName());
        if (spec.connectTimeoutSeconds() > 0) {
            values.put("connect_timeout", Integer.toString(spec.connectTimeoutSeconds()));
        }
        return values;
    }

    private static void putIfSet(Map<String, String> values, String keyword, String value) {
        if (value != null) {
            values.put(keyword, value);
        }
    }

    private static ParsedConnection withSpec(ParsedConnection parsed, ConnectionSpec spec) {
        return new ParsedConnection(spec, parsed.password(), parsed.passwordSource(), parsed.passwordMasked(),
                parsed.warnings());
    }

    private static ParsedConnection postgres(Map<String, String> given, ConnectionEnvironment env, List<String> warnings)
            throws ConnectionStringException {
        Defaults.warnAboutUnsupported(given, "The string sets", warnings);
        Map<String, PasswordSource> origins = new LinkedHashMap<>();
        Map<String, String> options = Defaults.complete(given, env, warnings, origins);
        ConnectionSpec spec = OptionValues.toSpec(options, env, warnings);
        String password = options.get("password");
        if (PASSWORD_MASK.equals(given.get("password"))) {
            return new ParsedConnection(spec, null, PasswordSource.NONE, true, warnings);
        }
        if (password != null && !password.isEmpty()) {
            PasswordSource source = origins.getOrDefault("password", PasswordSource.CONNECTION_STRING);
            return new ParsedConnection(spec, password, source, false, warnings);
        }
        Path passfile = PgPass.location(options.get("passfile"), env);
        for (ServerAddress server : spec.servers()) {
            String found = PgPass.find(passfile, server, spec.database(), spec.user(), warnings);
            if (found != null) {
                return new ParsedConnection(spec, found, PasswordSource.PASSWORD_FILE, false, warnings);
            }
        }
        return new ParsedConnection(spec, null, PasswordSource.NONE, false, warnings);
    }
}
