package dev.sextant.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table's name as the user wrote it in a statement ({@code items}, {@code public.Items},
 * {@code "Order Lines"}), read into its parts as PostgreSQL reads them: unquoted parts folded to
 * lower case, quoted ones exactly as written. {@link #quoted()} gives it back through the one
 * quoting helper, so SQL built from it means the table the statement wrote.
 *
 * @param written as the statement wrote it
 * @param parts   schema (if written) and name, as the server looks them up
 */
public record TableName(String written, List<String> parts) {

    public TableName {
        parts = List.copyOf(parts);
    }

    /** The name written as {@code written} (a dotted word from {@link SqlWords}); empty if it is not a plain name. */
    public static Optional<TableName> read(String written) {
        List<String> parts = new ArrayList<>();
        List<SqlToken> tokens = SqlTokens.of(written);
        boolean wantName = true;
        for (SqlToken token : tokens) {
            String piece = written.substring(token.start(), token.end());
            if (!wantName && piece.equals(".")) {
                wantName = true;
            } else if (wantName && token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER && piece.length() >= 2
                    && piece.endsWith("\"")) {
                parts.add(piece.substring(1, piece.length() - 1).replace("\"\"", "\""));
                wantName = false;
            } else if (wantName && (token.kind() == SqlToken.Kind.IDENTIFIER || token.kind() == SqlToken.Kind.KEYWORD)) {
                parts.add(piece.toLowerCase(Locale.ROOT));
                wantName = false;
            } else {
                return Optional.empty();
            }
        }
        return parts.isEmpty() || wantName || parts.size() > 3 ? Optional.empty()
                : Optional.of(new TableName(written, parts));
    }

    /** {@code "schema"."name"}: every part quoted by {@link Identifiers}. */
    public String quoted() {
        return String.join(".", parts.stream().map(Identifiers::quote).toList());
    }
}
