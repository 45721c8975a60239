package dev.sextant.core.run;

import dev.sextant.core.sql.Lexeme;
import dev.sextant.core.sql.Lexeme.Kind;
import dev.sextant.core.sql.SqlLexer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * psql's {@code \copy table [(columns)] from|to 'file' [with (…)]} read into the COPY it stands for
 * ({@code FROM STDIN} / {@code TO STDOUT}, the file read or written by the client), from the
 * lexer's pieces so a quoted name holding {@code from} is not taken for the keyword.
 *
 * @param sql      the COPY statement to send
 * @param file     the client-side file
 * @param incoming whether rows go into the table (from a file)
 */
record PsqlCopy(String sql, Path file, boolean incoming) {

    /** The COPY of {@code arguments} (the text after {@code \copy}), or empty when it names no file. */
    static Optional<PsqlCopy> of(String arguments, Path relativeTo) {
        List<Lexeme> pieces = SqlLexer.lex(arguments);
        int depth = 0;
        for (int i = 0; i + 1 < pieces.size(); i++) {
            Lexeme piece = pieces.get(i);
            depth += piece.is(arguments, "(") ? 1 : piece.is(arguments, ")") ? -1 : 0;
            boolean from = piece.isWord(arguments, "from");
            if (depth == 0 && (from || piece.isWord(arguments, "to"))) {
                Lexeme target = pieces.get(i + 1);
                String name = target.text(arguments);
                if (target.kind() == Kind.PLAIN_STRING) {
                    name = name.substring(1, name.length() - 1).replace("''", "'");
                } else if (name.equalsIgnoreCase("stdin") || name.equalsIgnoreCase("stdout") || name.equalsIgnoreCase("program")) {
                    return Optional.empty();
                }
                String sql = "COPY " + arguments.substring(0, piece.start()).strip() + (from ? " FROM STDIN " : " TO STDOUT ")
                        + arguments.substring(target.end()).strip();
                return Optional.of(new PsqlCopy(sql.strip(), PsqlCommands.resolve(name, relativeTo), from));
            }
        }
        return Optional.empty();
    }
}
