package dev.sextant.core.connect;

import dev.sextant.core.engine.DatabaseEngine;
import dev.sextant.core.engine.Engines;

/**
 * The database engines Sextant speaks to: the identity saved in connections.json and editor
 * buffers (by name), which hands out the engine's {@link DatabaseEngine}.
 */
public enum Engine {
    POSTGRESQL("PostgreSQL"),
    SQLITE("SQLite");

    private final String displayName;

    Engine(String displayName) {
        this.displayName = displayName;
    }

    /** What this engine provides: connection fields, dialect, capabilities, catalog, errors. */
    public DatabaseEngine implementation() {
        return Engines.of(this);
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
