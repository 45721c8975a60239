package dev.sextant.core.connect;

/** The database engines Sextant speaks to. */
public enum Engine {
    POSTGRESQL("PostgreSQL", true),
    SQLITE("SQLite", false);

    private final String displayName;
    private final boolean speaksPsql;

    Engine(String displayName, boolean speaksPsql) {
        this.displayName = displayName;
        this.speaksPsql = speaksPsql;
    }

    /**
     * Whether psql's server-side meta-commands ({@code \c}, {@code \d…}, {@code \copy}) mean
     * something here; elsewhere they stay "not sent", while {@code \set}, {@code \echo}… still work.
     */
    public boolean speaksPsql() {
        return speaksPsql;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
