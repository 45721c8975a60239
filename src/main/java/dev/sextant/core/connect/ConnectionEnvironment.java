package dev.sextant.core.connect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What libpq reads besides the connection string: the {@code PG*} environment variables, the
 * home directory (for {@code ~/.pgpass} and {@code ~/.pg_service.conf}) and the operating-system
 * user name (the default role). Tests build one from temporary directories, so they never read
 * the real home directory.
 *
 * @param variables       environment variables, e.g. {@code PGHOST}
 * @param home            the user's home directory
 * @param osUser          the operating-system user name
 * @param systemConfigDir where the system-wide {@code pg_service.conf} lives when
 *                        {@code PGSYSCONFDIR} is not set, or null for none
 */
public record ConnectionEnvironment(Map<String, String> variables, Path home, String osUser, Path systemConfigDir) {

    /** Debian's and Ubuntu's libpq are built with this SYSCONFDIR. */
    private static final Path DEBIAN_SYSCONFDIR = Path.of("/etc/postgresql-common");

    public ConnectionEnvironment {
        variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(osUser, "osUser");
    }

    /** An environment with no system-wide service file, as tests want it. */
    public ConnectionEnvironment(Map<String, String> variables, Path home, String osUser) {
        this(variables, home, osUser, null);
    }

    /** The running process's environment, home directory and user. */
    public static ConnectionEnvironment system() {
        Path sysconf = Files.isDirectory(DEBIAN_SYSCONFDIR) ? DEBIAN_SYSCONFDIR : null;
        return new ConnectionEnvironment(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("user.name"), sysconf);
    }

    /** The variable's value, or null when it is unset or empty (libpq treats both alike). */
    public String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
