package dev.sextant.core.store;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;

/**
 * Passwords in the OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service
 * on Linux) through java-keyring, under the service name "Sextant".
 */
public final class KeyringSecrets implements Secrets {

    static final String SERVICE = "Sextant";

    private final Keyring keyring;

    private KeyringSecrets(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The keychain, or empty when this machine has none that answers (a Linux box without Secret Service). */
    public static Optional<KeyringSecrets> open() {
        try {
            Keyring keyring = Keyring.create();
            // A backend may exist and still fail on first use (a locked or absent collection).
            try {
                keyring.getPassword(SERVICE, "availability probe");
            } catch (PasswordAccessException missingEntryIsFine) {
                // no such entry: the keychain answered, which is all we asked
            }
            return Optional.of(new KeyringSecrets(keyring));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> password(String connectionName) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, connectionName));
        } catch (PasswordAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public void store(String connectionName, String password) {
        try {
            keyring.setPassword(SERVICE, connectionName, password);
        } catch (PasswordAccessException e) {
            throw new IllegalStateException("The keychain refused to store the password for \"" + connectionName + "\".", e);
        }
    }

    @Override
    public void forget(String connectionName) {
        try {
            keyring.deletePassword(SERVICE, connectionName);
        } catch (PasswordAccessException e) {
            // nothing stored under that name: already forgotten
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }
}
