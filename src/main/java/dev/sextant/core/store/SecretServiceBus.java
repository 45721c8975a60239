package dev.sextant.core.store;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;

import java.util.List;
import java.util.Locale;

/**
 * Whether the D-Bus session bus has a Secret Service (running, or one the bus can start), asked
 * on a connection of our own that is always closed. Linux only; elsewhere the OS keychain needs no bus.
 *
 * <p>Why not just try java-keyring: on a bus without {@value #SECRETS}, its failed
 * {@code Keyring.create()} leaves its D-Bus connections open, each with a sender thread that is
 * not a daemon, so Sextant's JVM never exited after its window closed (seen with dbus-daemon
 * and no gnome-keyring: two "DBus Sender Thread" left). Asking first keeps java-keyring away from such a bus.
 */
final class SecretServiceBus {

    static final String SECRETS = "org.freedesktop.secrets";

    private SecretServiceBus() {
    }

    /** True on Linux, so java-keyring may be tried only once the bus offers a Secret Service. */
    static boolean needed() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    /**
     * True when a Secret Service owns its name on the session bus or the bus can activate one.
     * False when there is no bus (no address, nothing listening) or it has none.
     */
    static boolean offered() {
        // dbus-java finds the bus as java-keyring will: the DBUS_SESSION_BUS_ADDRESS property, then the variable.
        try (DBusConnection bus = DBusConnectionBuilder.forSessionBus().withShared(false).build()) {
            DBus daemon = bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            return daemon.NameHasOwner(SECRETS) || List.of(daemon.ListActivatableNames()).contains(SECRETS);
        } catch (DBusException | java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
