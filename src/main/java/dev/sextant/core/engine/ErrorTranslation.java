package dev.sextant.core.engine;

import dev.sextant.core.session.PlainError;

import java.util.Optional;

/** Turns an engine's own exceptions into one plain sentence with the server's explanation. */
public interface ErrorTranslation {

    /** The plain error, or empty when {@code error} is not one of this engine's. */
    Optional<PlainError> explain(Throwable error);

    /** For an engine that marks no position: the text its syntax error was "near", or empty. */
    default Optional<String> nearText(PlainError error) {
        return Optional.empty();
    }
}
