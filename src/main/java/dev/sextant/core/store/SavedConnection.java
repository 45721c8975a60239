package dev.sextant.core.store;

import dev.sextant.core.connect.ConnectionSpec;

import java.util.Objects;

/**
 * A connection the user saved under a name. It holds every field but the password; whether the
 * password is kept (in the OS keychain, see {@link Secrets}) is the opt-in {@code savePassword}.
 *
 * @param name         what the user called it; unique among saved connections
 * @param spec         the fields
 * @param savePassword the user asked to keep the password
 * @param autocommit   the mode new editor tabs on this connection start in (on unless the user chose otherwise)
 */
public record SavedConnection(String name, ConnectionSpec spec, boolean savePassword, boolean autocommit) {

    /** A connection whose tabs start in autocommit, the default. */
    public SavedConnection(String name, ConnectionSpec spec, boolean savePassword) {
        this(name, spec, savePassword, true);
    }

    public SavedConnection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a saved connection needs a name");
        }
    }
}
