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
 */
public record SavedConnection(String name, ConnectionSpec spec, boolean savePassword) {

    public SavedConnection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a saved connection needs a name");
        }
    }
}
