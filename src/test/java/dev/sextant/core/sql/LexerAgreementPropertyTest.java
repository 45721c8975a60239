package dev.sextant.core.sql;

import dev.sextant.core.sql.GeneratedScript.Piece;
import dev.sextant.core.sql.GeneratedScript.Statement;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For scripts whose reading is known by construction (quotes, E'' with \' escapes, $tag$ bodies
 * holding ; and quotes, nested comments, placeholders, psql lines), the lexer and every reader of
 * its pieces agree on where quotes, comments and statements begin and end.
 */
class LexerAgreementPropertyTest {

    @Provide
    Arbitrary<GeneratedScript> scripts() {
        return GeneratedScript.scripts();
    }

    @Property(tries = 400)
    void theLexerCutsEachQuoteCommentAndPlaceholderWhereItWasWritten(@ForAll("scripts") GeneratedScript script) {
        List<Lexeme> lexemes = SqlLexer.lex(script.text());
        for (Statement statement : script.statements()) {
            for (int i = 0; i < statement.pieces().size(); i++) {
                Piece piece = statement.pieces().get(i);
                int start = statement.offsets().get(i);
                int end = start + piece.text().length();
                if (piece.kind() != null) {
                    assertTrue(lexemes.contains(new Lexeme(piece.kind(), start, end)),
                            () -> piece + " is one lexeme in " + script.text() + "\n" + lexemes);
                }
                assertTrue(lexemes.stream().noneMatch(l -> l.start() < start && l.end() > start
                        || l.start() < end && l.end() > end), () -> "no lexeme straddles " + piece);
            }
        }
    }

    @Property(tries = 400)
    void theSplitterEndsStatementsWhereTheyWereWritten(@ForAll("scripts") GeneratedScript script) {
        List<SqlStatement> split = ScriptSplitter.split(script.text());
        assertEquals(script.statements().stream().map(Statement::sql).toList(), split.stream().map(SqlStatement::sql).toList());
        assertEquals(script.statements().stream().map(Statement::start).toList(), split.stream().map(SqlStatement::start).toList());
        assertEquals(script.statements().stream().map(Statement::psql).toList(),
                split.stream().map(SqlStatement::isPsqlCommand).toList());
        ScriptAnalysis analysis = ScriptAnalysis.of(script.text());
        assertEquals(split, analysis.statements(), "the editor's analysis splits as the splitter does");
        assertEquals(SqlTokens.of(script.text()), analysis.tokens());
    }

    @Property(tries = 400)
    void theHighlighterColoursEachPieceAsTheLexerCutIt(@ForAll("scripts") GeneratedScript script) {
        List<SqlToken> tokens = SqlTokens.of(script.text());
        for (Statement statement : script.statements()) {
            for (int i = 0; i < statement.pieces().size(); i++) {
                Piece piece = statement.pieces().get(i);
                if (piece.colour() == null) {
                    continue; // words: keyword or identifier is the keyword list's business
                }
                int start = statement.offsets().get(i);
                SqlToken expected = new SqlToken(piece.colour(), start, start + piece.text().length());
                assertTrue(tokens.contains(expected), () -> expected + " in " + tokens);
            }
        }
    }

    @Property(tries = 400)
    void placeholdersWordsAndTheCommandAreReadFromTheSamePieces(@ForAll("scripts") GeneratedScript script) {
        for (Statement statement : script.statements()) {
            if (statement.psql()) {
                continue;
            }
            Placeholders found = Placeholders.of(statement.sql());
            assertEquals(statement.jdbcSql(), found.jdbcSql());
            assertEquals(names(statement.uses()), found.names());
            assertEquals(statement.words(), SqlWords.of(statement.sql()));
            assertEquals(statement.command(), CommandName.of(statement.sql()));
            assertEquals(Optional.ofNullable(statement.unfilteredTarget()),
                    StatementRules.unfilteredChangeTarget(statement.sql()), statement.sql());
        }
    }

    /** The names Placeholders reports: the n-th {@code ?} as {@code ?n}, each once, {@code $n} alone by number. */
    private static List<String> names(List<String> uses) {
        List<String> names = new ArrayList<>();
        int questionMarks = 0;
        for (String use : uses) {
            String name = use.equals("?") ? "?" + ++questionMarks : use;
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.stream().allMatch(n -> n.startsWith("$"))) {
            names.sort(Comparator.naturalOrder());
        }
        return names;
    }
}
