package dev.sextant.core.connect;

/** Which engine a package's parts belong to, and what that engine supports. */
public interface EngineIdentity {

    /** The identity saved in connections.json and editor buffers. */
    Engine id();

    /** What it supports, for the UI to enable or explain. */
    Capabilities capabilities();
}
