package dev.sextant.core.complete;

/**
 * One line of the completion popup.
 *
 * @param label  what the list shows, such as {@code invoice_line} or {@code shop.orders}
 * @param kind   what it is, shown beside it
 * @param detail its type or signature (a column's {@code integer}, a function's arguments), or empty
 * @param insert the text that replaces what was typed, quoted where the name needs it
 */
public record Suggestion(String label, Kind kind, String detail, String insert) {

    /** What a suggestion names, in the words the popup shows. */
    public enum Kind {
        COLUMN("column"), TABLE("table"), VIEW("view"), SCHEMA("schema"), FUNCTION("function"),
        KEYWORD("keyword");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Suggestion {
        detail = detail == null ? "" : detail;
    }
}
