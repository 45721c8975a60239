package dev.sextant.core.engine;

import dev.sextant.core.connect.Engine;

/** The engine contract of each engine, as its package provides it (see {@link DatabaseEngine}). */
public final class Engines {

    private Engines() {
    }

    public static DatabaseEngine of(Engine id) {
        return id.required(DatabaseEngine.class);
    }
}
