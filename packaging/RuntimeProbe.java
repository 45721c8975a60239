import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.KeyAgreement;
import javax.net.ssl.SSLContext;

/**
 * Run by package.sh on the jlink-trimmed runtime, with the app's jars on the class path, before
 * jpackage wraps it. jdeps cannot see what is reached by reflection or service loading, so this
 * exercises those paths: a missing module fails here, not on a user's machine. It needs no
 * display; the smoke test starts the real window.
 */
public final class RuntimeProbe {

    public static void main(String[] args) throws Exception {
        // The entry point and the UI toolkit classes resolve (not initialised: no display here).
        Class.forName("dev.sextant.Main", false, RuntimeProbe.class.getClassLoader());
        Class.forName("javafx.scene.control.TableView", false, RuntimeProbe.class.getClassLoader());

        // Both JDBC drivers register through ServiceLoader.
        List<String> drivers = Collections.list(DriverManager.getDrivers()).stream()
                .map(d -> d.getClass().getName()).collect(Collectors.toList());
        require(drivers.contains("org.postgresql.Driver"), "pgjdbc driver not registered: " + drivers);
        require(drivers.contains("org.sqlite.JDBC"), "sqlite driver not registered: " + drivers);

        // SQLite's native library extracts and loads on this runtime.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             ResultSet rs = c.createStatement().executeQuery("select sqlite_version()")) {
            rs.next();
            System.out.println("runtime probe: sqlite " + rs.getString(1));
        }

        // TLS to PostgreSQL negotiates ECDHE (jdk.crypto.ec), and pgjdbc's host name check
        // parses certificate names with javax.naming.ldap (java.naming).
        KeyAgreement.getInstance("ECDH");
        String[] suites = SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites();
        require(List.of(suites).stream().anyMatch(s -> s.contains("ECDHE")), "no ECDHE cipher suites");
        Class.forName("javax.naming.ldap.LdapName");

        System.out.println("runtime probe: ok on " + System.getProperty("java.home"));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
