package dev.sextant.core.complete;

import java.util.List;

/** Completion at the {@code ‸} in a test's SQL, the way the editor asks for it. */
final class AtCaret {

    static final String CARET = "‸";

    private AtCaret() {
    }

    static Completions complete(Catalog catalog, String sqlWithCaret) {
        int caret = sqlWithCaret.indexOf(CARET);
        if (caret < 0) {
            throw new IllegalArgumentException("No caret ‸ in " + sqlWithCaret);
        }
        return Completer.at(catalog, sqlWithCaret.replace(CARET, ""), caret);
    }

    /** The labels of the suggestions, best first. */
    static List<String> labels(Catalog catalog, String sqlWithCaret) {
        return complete(catalog, sqlWithCaret).items().stream().map(Suggestion::label).toList();
    }

    /** The labels of one kind of suggestion, best first. */
    static List<String> labels(Catalog catalog, String sqlWithCaret, Suggestion.Kind kind) {
        return complete(catalog, sqlWithCaret).items().stream().filter(s -> s.kind() == kind)
                .map(Suggestion::label).toList();
    }

    /** The text the suggestion labelled {@code label} would insert. */
    static String insertFor(Catalog catalog, String sqlWithCaret, String label) {
        return complete(catalog, sqlWithCaret).items().stream().filter(s -> s.label().equals(label))
                .findFirst().map(Suggestion::insert)
                .orElseThrow(() -> new AssertionError("No suggestion " + label + " in " + labels(catalog, sqlWithCaret)));
    }
}
