package dev.sextant.testsupport;

/**
 * Points this JVM's D-Bus clients at a session bus until {@link #close()}, then puts back what
 * was there. A running JVM cannot change its own environment, but dbus-java 4 (which java-keyring's
 * Secret Service backend uses) reads the system property {@value #NAME} before the environment
 * variable of that name, each time it opens a connection, and java-keyring opens one per
 * {@code Keyring.create()}. So code under test reaches exactly the bus named here, while the app
 * in real use reads the variable its desktop session set. Tests run one at a time in the suite's
 * JVM (no parallel execution is configured), so no other test sees the property while it is set.
 */
public final class SessionBusProperty implements AutoCloseable {

    public static final String NAME = "DBUS_SESSION_BUS_ADDRESS";

    private final String previous;

    private SessionBusProperty(String address) {
        previous = System.getProperty(NAME);
        System.setProperty(NAME, address);
    }

    /** Code under test talks to the bus at {@code address}, e.g. {@code unix:path=/tmp/…/bus}. */
    public static SessionBusProperty pointAt(String address) {
        return new SessionBusProperty(address);
    }

    @Override
    public void close() {
        if (previous == null) {
            System.clearProperty(NAME);
        } else {
            System.setProperty(NAME, previous);
        }
    }
}
