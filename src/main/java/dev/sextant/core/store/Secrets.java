package dev.sextant.core.store;

import java.util.Optional;

/**
 * Where saved passwords live, keyed by the saved connection's name. Never a file of Sextant's:
 * the OS keychain ({@link KeyringSecrets}) or, where there is none, memory for this session only
 * ({@link SessionSecrets}).
 */
public interface Secrets {

    Optional<String> password(String connectionName);

    void store(String connectionName, String password);

    void forget(String connectionName);

    /** True when a stored password survives a restart (a real keychain), false for session-only memory. */
    boolean persistent();

    /** One sentence for the connection dialog: where a saved password goes and how long it lasts. */
    String describe();

    /** The OS keychain if this machine has one that works, else session-only memory. */
    static Secrets best() {
        return KeyringSecrets.open().map(Secrets.class::cast).orElseGet(SessionSecrets::new);
    }
}
