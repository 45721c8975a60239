package dev.sextant.core.store;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;

/**
 * Passwords in the OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service
 * on Linux) through java-keyring. An entry's service is {@value #SERVICE} and its account the
 * saved connection's name; on Linux java-keyring stores them as the attributes {@code service}
 * and {@code account} with the label {@code Sextant|<name>}, so
 * {@code secret-tool lookup service Sextant account <name>} finds it.
 *
 * <p>Failures are sentences that name the connection, never the password. The library's
 * exception stays as the cause: it names the service, the account and the D-Bus error, and cannot
 * echo the secret, which travels encrypted (the Secret Service session is DH-negotiated AES).
 */
public final class KeyringSecrets implements Secrets, AutoCloseable {

    static final String SERVICE = "Sextant";

    private final Keyring keyring;

    private KeyringSecrets(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * The keychain, or empty when this machine has none that answers (a Linux box without Secret
     * Service, or {@code DBUS_SESSION_BUS_ADDRESS} naming a bus where nothing listens).
     */
    public static Optional<KeyringSecrets> open() {
        Keyring keyring = null;
        try {
            keyring = Keyring.create();
            // A backend may exist and still fail on first use (a locked or absent collection).
            try {
                keyring.getPassword(SERVICE, "availability probe");
            } catch (PasswordAccessException missingEntryIsFine) {
                // no such entry: the keychain answered, which is all we asked
            }
            return Optional.of(new KeyringSecrets(keyring));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            closeQuietly(keyring);
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> password(String connectionName) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, connectionName));
        } catch (PasswordAccessException e) {
            return Optional.empty(); // no entry of that name
        } catch (RuntimeException e) {
            // D-Bus errors are unchecked: the keychain went away or refused; say so rather than "no password".
            throw new IllegalStateException("The keychain did not answer when asked for the password of \""
                    + connectionName + "\".", e);
        }
    }

    @Override
    public void store(String connectionName, String password) {
        try {
            keyring.setPassword(SERVICE, connectionName, password);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new IllegalStateException("The keychain refused to store the password for \"" + connectionName + "\".", e);
        }
    }

    @Override
    public void forget(String connectionName) {
        try {
            keyring.deletePassword(SERVICE, connectionName);
        } catch (PasswordAccessException e) {
            // nothing stored under that name: already forgotten
        } catch (RuntimeException e) {
            // A password left behind in the keychain must not pass for a deleted one.
            throw new IllegalStateException("The keychain did not delete the password of \"" + connectionName + "\".", e);
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String describe() {
        return "Saved passwords go to this computer's keychain, under \"" + SERVICE + "\" and the connection's name.";
    }

    /** Ends the D-Bus connection java-keyring opened for this instance. */
    @Override
    public void close() {
        closeQuietly(keyring);
    }

    private static void closeQuietly(Keyring keyring) {
        if (keyring != null) {
            try {
                keyring.close();
            } catch (Exception e) {
                // The connection is gone either way; there is nothing the user could do about it.
            }
        }
    }
}
