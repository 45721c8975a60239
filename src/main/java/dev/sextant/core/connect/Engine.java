package dev.sextant.core.connect;

/** The database engines Sextant speaks to. */
public enum Engine {
    POSTGRESQL("PostgreSQL"),
    SQLITE("SQLite");

    private final String displayName;

    Engine(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
