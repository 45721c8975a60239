package dev.sextant.core.run;

/**
 * A line in the {@code messages} list.
 *
 * @param kind   how it is drawn
 * @param text   one plain sentence
 * @param detail the technical details, shown on demand (may be null)
 */
public record Message(Kind kind, String text, String detail) {

    public enum Kind { INFO, NOTICE, ERROR }

    public static Message info(String text) {
        return new Message(Kind.INFO, text, null);
    }

    public static Message notice(String text) {
        return new Message(Kind.NOTICE, text, null);
    }

    public static Message error(String text, String detail) {
        return new Message(Kind.ERROR, text, detail);
    }
}
