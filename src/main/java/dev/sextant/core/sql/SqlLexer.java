package dev.sextant.core.sql;

import dev.sextant.core.sql.Lexeme.Kind;
import dev.sextant.core.sql.SqlDialect.Placeholder;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of SQL characters: a single pass that cuts text into {@link Lexeme}s by one
 * dialect's rules. The splitter, the highlighter's tokens, the placeholder finder and the
 * statement-shape readers all read these pieces, so they cannot disagree on where a quote, a
 * comment or a statement ends. Unterminated strings and comments run to the end, as they do for
 * the server; any text gives some pieces, so a half-typed script still reads. How far a quote,
 * a comment or a line runs is {@link LexemeEnds}'s part of the pass.
 */
public final class SqlLexer {

    private static final String PUNCTUATION = "(),[].";
    private static final String OPERATORS = "+-*/<>=~!@#%^&|`?:";
    /** After {@code ?} these make jsonb operators ({@code ?|}, {@code ?&}…), not a placeholder. */
    private static final String AFTER_QUESTION_OPERATOR = "|&#-";

    private final String text;
    private final SqlDialect dialect;
    private final List<Lexeme> lexemes = new ArrayList<>();
    private int pos;
    /** Whether only white space stands between the start of the line and {@link #pos}. */
    private boolean atLineStart = true;

    private SqlLexer(String text, SqlDialect dialect) {
        this.text = text;
        this.dialect = dialect;
    }

    /** The pieces of {@code text} by PostgreSQL's rules. */
    public static List<Lexeme> lex(String text) {
        return lex(text, SqlDialect.POSTGRESQL);
    }

    /** The pieces of {@code text} by {@code dialect}'s rules, in order, none overlapping. */
    public static List<Lexeme> lex(String text, SqlDialect dialect) {
        SqlLexer lexer = new SqlLexer(text, dialect);
        lexer.run();
        return lexer.lexemes;
    }

    /**
     * The pieces of {@code text} from offset {@code from} on, which starts a line: the splitter
     * resumes here after a {@code COPY … FROM STDIN} statement's inline data, which is no SQL.
     */
    static List<Lexeme> lex(String text, SqlDialect dialect, int from) {
        SqlLexer lexer = new SqlLexer(text, dialect);
        lexer.pos = from;
        lexer.run();
        return lexer.lexemes;
    }

    private void run() {
        int length = text.length();
        while (pos < length) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                atLineStart |= c == '\n';
                pos++;
                continue;
            }
            int start = pos;
            Kind kind = next(c);
            lexemes.add(new Lexeme(kind, start, pos));
            atLineStart = false;
        }
    }

    /** Reads the piece that starts with {@code c} at {@link #pos}, leaves {@link #pos} past it. */
    private Kind next(char c) {
        if (lineCommentAt(pos)) {
            pos = LexemeEnds.trimmedLineEnd(text, pos);
            return Kind.LINE_COMMENT;
        } else if (c == '/' && peek(1) == '*') {
            pos = LexemeEnds.blockComment(text, pos, dialect.nestedBlockComments());
            return Kind.BLOCK_COMMENT;
        } else if (c == '\'') {
            pos = LexemeEnds.quoted(text, pos, '\'', false);
            return Kind.PLAIN_STRING;
        } else if (dialect.identifierQuotes().indexOf(c) >= 0) {
            pos = LexemeEnds.quoted(text, pos, c == '[' ? ']' : c, false);
            return Kind.QUOTED_IDENTIFIER;
        } else if (c == '$') {
            return dollar();
        } else if (c == '\\' && atLineStart && dialect.psqlCommands()) {
            pos = LexemeEnds.trimmedLineEnd(text, pos);
            return Kind.PSQL_COMMAND;
        } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            skipNumber();
            return Kind.NUMBER;
        } else if (isWordStart(c)) {
            return word();
        }
        return symbol(c);
    }

    private Kind symbol(char c) {
        if (c == ';') {
            pos++;
            return Kind.SEMICOLON;
        } else if (placeholderAt(pos)) {
            pos = c == '?' ? pos + 1 : endOfWord(pos + 1);
            return Kind.PLACEHOLDER;
        } else if (PUNCTUATION.indexOf(c) >= 0) {
            pos++;
            return Kind.PUNCTUATION;
        } else if (OPERATORS.indexOf(c) >= 0) {
            skipOperator();
            return Kind.OPERATOR;
        }
        pos++;
        return Kind.OTHER;
    }

    private boolean lineCommentAt(int at) {
        for (String opener : dialect.lineComments()) {
            if (text.startsWith(opener, at)) {
                return true;
            }
        }
        return false;
    }

    private Kind dollar() {
        if (isDigit(peek(1))) {
            if (!dialect.allows(Placeholder.DOLLAR_NUMBER)) {
                pos++;
                return Kind.OPERATOR;
            }
            pos++;
            while (isDigit(peek(0))) {
                pos++;
            }
            return Kind.PLACEHOLDER;
        }
        int tagEnd = dialect.dollarTags() ? LexemeEnds.dollarTag(text, pos) : -1;
        if (tagEnd < 0 && dialect.doubleDollarStrings() && peek(1) == '$') {
            tagEnd = pos + 2;
        }
        if (tagEnd < 0) {
            pos++;
            return Kind.OPERATOR;
        }
        pos = LexemeEnds.dollarBody(text, pos, tagEnd);
        return dialect.dollarTags() ? Kind.DOLLAR_STRING : Kind.CQL_DOLLAR_STRING;
    }

    private Kind word() {
        int start = pos;
        pos = endOfWord(pos);
        if (pos - start == 1 && peek(0) == '\'') {
            char prefix = Character.toUpperCase(text.charAt(start));
            if (prefix == 'E' && dialect.escapeStrings()) {
                pos = LexemeEnds.quoted(text, pos, '\'', true);
                return Kind.ESCAPE_STRING;
            }
            if (prefix == 'B' || prefix == 'X' || prefix == 'N') {
                pos = LexemeEnds.quoted(text, pos, '\'', false); // bit, hex and national strings: the prefix is part of it
                return Kind.PLAIN_STRING;
            }
        }
        return Kind.WORD;
    }

    private int endOfWord(int from) {
        int i = from;
        while (i < text.length() && isWordPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code ?} (not a jsonb operator), or {@code :name} (not a {@code ::} cast, an array slice or {@code :=}). */
    private boolean placeholderAt(int at) {
        char c = text.charAt(at);
        char after = at + 1 < text.length() ? text.charAt(at + 1) : '\0';
        if (c == '?') {
            return dialect.allows(Placeholder.QUESTION_MARK) && AFTER_QUESTION_OPERATOR.indexOf(after) < 0;
        }
        if (c != ':' || !dialect.allows(Placeholder.COLON_NAME) || !isWordStart(after)) {
            return false;
        }
        char before = at > 0 ? text.charAt(at - 1) : '\0';
        return before != ':' && !isWordPart(before);
    }

    private void skipNumber() {
        while (isDigit(peek(0)) || peek(0) == '_') {
            pos++;
        }
        if (peek(0) == '.' && peek(1) != '.') {
            pos++;
            while (isDigit(peek(0)) || peek(0) == '_') {
                pos++;
            }
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
            pos += 2;
            while (isDigit(peek(0))) {
                pos++;
            }
        }
    }

    /** A run of operator characters, cut where a comment or a placeholder starts, as PostgreSQL reads it. */
    private void skipOperator() {
        pos++;
        while (OPERATORS.indexOf(peek(0)) >= 0 && dialect.identifierQuotes().indexOf(peek(0)) < 0
                && !lineCommentAt(pos) && !text.startsWith("/*", pos) && !placeholderAt(pos)) {
            pos++;
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
