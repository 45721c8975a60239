package dev.sextant.core.connect;

import java.util.Optional;

/**
 * libpq's {@code sslmode}: how hard to insist on an encrypted, verified connection. The names
 * are libpq's, and pgjdbc understands the same six.
 */
public enum SslMode {
    DISABLE("disable"),
    ALLOW("allow"),
    PREFER("prefer"),
    REQUIRE("require"),
    VERIFY_CA("verify-ca"),
    VERIFY_FULL("verify-full");

    /** What libpq (and pgjdbc) use when nothing says otherwise. */
    public static final SslMode DEFAULT = PREFER;

    private final String keyword;

    SslMode(String keyword) {
        this.keyword = keyword;
    }

    /** The value as written in a connection string: {@code verify-full}. */
    public String keyword() {
        return keyword;
    }

    public static Optional<SslMode> fromKeyword(String text) {
        for (SslMode mode : values()) {
            if (mode.keyword.equals(text)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return keyword;
    }
}
