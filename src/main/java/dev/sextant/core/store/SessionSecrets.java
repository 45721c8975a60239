package dev.sextant.core.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Passwords kept in memory until Sextant closes: what "save password" means where no keychain works. */
public final class SessionSecrets implements Secrets {

    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    @Override
    public Optional<String> password(String connectionName) {
        return Optional.ofNullable(passwords.get(connectionName));
    }

    @Override
    public void store(String connectionName, String password) {
        passwords.put(connectionName, password);
    }

    @Override
    public void forget(String connectionName) {
        passwords.remove(connectionName);
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String describe() {
        return "No keychain answered on this computer, so a saved password is kept only until Sextant closes.";
    }
}
