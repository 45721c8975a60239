package dev.sextant.core.format;

/** What formatting some SQL came to: new text to put in its place, or a refusal and why. */
public sealed interface FormatResult {

    /** The same statements laid out anew, every token as it was. */
    record Formatted(String text) implements FormatResult {
    }

    /** The text stays as it is; {@code reason} is one sentence for the user. */
    record Refused(String reason) implements FormatResult {
    }
}
