package dev.sextant.core.store;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;

/**
 * Passwords in the OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service
 * on Linux) through java-keyring. An entry's service is {@value #SERVICE} and its account the
 * saved connection's name; on Linux java-keyring stores them as the attributes {@code service}
 * and {@code account} with the label {@code Sextant|<name>}, so
 * {@code secret-tool lookup service Sextant account <name>} finds it.
 *
 * <p>Each call opens the keychain and closes it again. On Linux an open java-keyring holds a
 * D-Bus connection whose sender thread is not a daemon: kept open, it stopped the JVM from ever
 * exiting after the window closed. Opening per call also survives a keyring daemon that restarted
 * meanwhile (a kept Secret Service session would be dead). The cost is a D-Bus handshake and a
 * key exchange per call: 55 ms for a read against gnome-keyring 42 on a 2-core VM, off the FX thread.
 *
 * <p>Failures are sentences that name the connection, never the password. The library's
 * exception stays as the cause: it names the service, the account and the D-Bus error, and cannot
 * echo the secret, which travels encrypted (the Secret Service session is DH-negotiated AES).
 */
public final class KeyringSecrets implements Secrets {

    static final String SERVICE = "Sextant";

    private KeyringSecrets() {
    }

    /**
     * The keychain, or empty when this machine has none that answers (a Linux box without Secret
     * Service, or {@code DBUS_SESSION_BUS_ADDRESS} naming a bus where nothing listens).
     */
    public static Optional<KeyringSecrets> open() {
        try {
            // A backend may exist and still fail on first use (a locked or absent collection).
            new KeyringSecrets().password("availability probe");
            return Optional.of(new KeyringSecrets());
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> password(String connectionName) {
        // D-Bus errors are unchecked: a keychain that went away is a sentence, not "no password".
        return with("The keychain did not answer when asked for the password of \"" + connectionName + "\".", keyring -> {
            try {
                return Optional.ofNullable(keyring.getPassword(SERVICE, connectionName));
            } catch (PasswordAccessException noEntryOfThatName) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void store(String connectionName, String password) {
        with("The keychain refused to store the password for \"" + connectionName + "\".", keyring -> {
            keyring.setPassword(SERVICE, connectionName, password);
            return null;
        });
    }

    @Override
    public void forget(String connectionName) {
        // A password left behind in the keychain must not pass for a deleted one: only "no entry" is fine.
        with("The keychain did not delete the password of \"" + connectionName + "\".", keyring -> {
            try {
                keyring.deletePassword(SERVICE, connectionName);
            } catch (PasswordAccessException nothingStoredUnderThatName) {
                // already forgotten
            }
            return null;
        });
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String describe() {
        return "Saved passwords go to this computer's keychain, under \"" + SERVICE + "\" and the connection's name.";
    }

    private interface Call<T> {
        T on(Keyring keyring) throws PasswordAccessException;
    }

    /** Opens the keychain, makes the call, closes it; any failure becomes {@code failure}, the sentence. */
    private static <T> T with(String failure, Call<T> call) {
        Keyring keyring;
        try {
            keyring = create();
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            throw new IllegalStateException(failure, e);
        }
        try {
            return call.on(keyring);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new IllegalStateException(failure, e);
        } finally {
            closeQuietly(keyring);
        }
    }

    /**
     * On Linux only the Secret Service, and only once the bus offers one (see {@link SecretServiceBus}):
     * java-keyring's fallback to KWallet would leave a second D-Bus connection open when it fails too.
     */
    private static Keyring create() throws BackendNotSupportedException {
        if (!SecretServiceBus.needed()) {
            return Keyring.create();
        }
        if (!SecretServiceBus.offered()) {
            throw new BackendNotSupportedException("no " + SecretServiceBus.SECRETS + " on the D-Bus session bus");
        }
        return Keyring.create(KeyringStorageType.GNOME_KEYRING);
    }

    private static void closeQuietly(Keyring keyring) {
        try {
            keyring.close();
        } catch (Exception e) {
            // The call is done; a connection that fails to close ends with the process anyway.
        }
    }
}
