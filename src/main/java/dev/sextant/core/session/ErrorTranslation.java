package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Turns an engine's own exceptions into one plain sentence with the server's explanation. */
public interface ErrorTranslation {

    /** Every engine's translation, for an error whose engine only its own translation recognises. */
    static List<ErrorTranslation> all() {
        return Arrays.stream(Engine.values()).flatMap(e -> e.part(ErrorTranslation.class).stream()).toList();
    }

    /** The plain error, or empty when {@code error} is not one of this engine's. */
    Optional<PlainError> explain(Throwable error);

    /** For an engine that marks no position: the text its syntax error was "near", or empty. */
    default Optional<String> nearText(PlainError error) {
        return Optional.empty();
    }
}
