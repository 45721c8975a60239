package dev.sextant.ui.dataio;

import java.nio.file.Path;

/** Asks before an export replaces a file that exists. The app asks with a dialog; tests answer directly. */
@FunctionalInterface
public interface ReplaceQuestion {

    /** Whether to replace {@code file}; the old file stays whole until the new one is complete. */
    boolean replace(Path file);
}
