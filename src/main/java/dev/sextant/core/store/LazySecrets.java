package dev.sextant.core.store;

import java.util.Optional;

/**
 * {@link Secrets#best()} looked up on first use rather than at start: finding out whether a
 * keychain answers means talking to it (D-Bus on Linux), which must happen on a background
 * thread, never while the window is being built.
 */
public final class LazySecrets implements Secrets {

    private volatile Secrets delegate;

    private Secrets delegate() {
        Secrets d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = Secrets.best();
                }
                d = delegate;
            }
        }
        return d;
    }

    @Override
    public Optional<String> password(String connectionName) {
        return delegate().password(connectionName);
    }

    @Override
    public void store(String connectionName, String password) {
        delegate().store(connectionName, password);
    }

    @Override
    public void forget(String connectionName) {
        delegate().forget(connectionName);
    }

    @Override
    public boolean persistent() {
        return delegate().persistent();
    }

    @Override
    public String describe() {
        return delegate().describe();
    }
}
