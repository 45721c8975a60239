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
 * the server; any text gives some pieces, so a half-typed script still reads.
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

    /**
     * Where the inline data of a {@code COPY … FROM STDIN} whose semicolon ends at {@code afterSemicolon}
     * lies, as psql reads it: from the next line up to a line that is only {@code \.}, or to the end.
     */
    static CopyData copyDataAfter(String text, int afterSemicolon) {
        int newline = text.indexOf('\n', afterSemicolon);
        int start = newline < 0 ? text.length() : newline + 1;
        int lineStart = start;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            if (text.substring(lineStart, end).strip().equals("\\.")) {
                return new CopyData(start, lineStart, lineEnd < 0 ? end : lineEnd + 1);
            }
            lineStart = end + 1;
        }
        return null;
    }

    /**
     * Inline COPY data in a script.
     *
     * @param start  its first character, at a line's start
     * @param end    just past its last line's newline (the terminator line not included)
     * @param resume where the SQL after it starts: the line after the terminator
     */
    record CopyData(int start, int end, int resume) {
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
            pos = trimmedLineEnd();
            return Kind.LINE_COMMENT;
        } else if (c == '/' && peek(1) == '*') {
            pos = endOfBlockComment();
            return Kind.BLOCK_COMMENT;
        } else if (c == '\'') {
            pos = endOfQuoted(pos, '\'', false);
            return Kind.PLAIN_STRING;
        } else if (dialect.identifierQuotes().indexOf(c) >= 0) {
            pos = endOfQuoted(pos, c == '[' ? ']' : c, false);
            return Kind.QUOTED_IDENTIFIER;
        } else if (c == '$') {
            return dollar();
        } else if (c == '\\' && atLineStart && dialect.psqlCommands()) {
            pos = trimmedLineEnd();
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

    /** The end of the line, before its newline and any trailing white space such as {@code \r}. */
    private int trimmedLineEnd() {
        int newline = text.indexOf('\n', pos);
        int end = newline < 0 ? text.length() : newline;
        while (end > pos && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The end of a block comment, counting nested pairs where the dialect nests them. */
    private int endOfBlockComment() {
        if (!dialect.nestedBlockComments()) {
            int close = text.indexOf("*/", pos + 2);
            return close < 0 ? text.length() : close + 2;
        }
        int depth = 0;
        int i = pos;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** Just past the {@code close} that ends the quote opened at {@code open}; a doubled one is text. */
    private int endOfQuoted(int open, char close, boolean backslashEscapes) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == close && i + 1 < text.length() && text.charAt(i + 1) == close) {
                i += 2;
            } else if (c == close) {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
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
        int tagEnd = dialect.dollarTags() ? dollarTagEnd() : -1;
        if (tagEnd < 0 && dialect.doubleDollarStrings() && peek(1) == '$') {
            tagEnd = pos + 2;
        }
        if (tagEnd < 0) {
            pos++;
            return Kind.OPERATOR;
        }
        String tag = text.substring(pos, tagEnd);
        int close = text.indexOf(tag, tagEnd);
        pos = close < 0 ? text.length() : close + tag.length();
        return dialect.dollarTags() ? Kind.DOLLAR_STRING : Kind.CQL_DOLLAR_STRING;
    }

    /** Just past the {@code $tag$} opening at {@link #pos}, or -1 when the dollar opens no quote. */
    private int dollarTagEnd() {
        int i = pos + 1;
        if (i < text.length() && isWordStart(text.charAt(i))) {
            i++;
            while (i < text.length() && isWordPart(text.charAt(i)) && text.charAt(i) != '$') {
                i++;
            }
        }
        return i < text.length() && text.charAt(i) == '$' ? i + 1 : -1;
    }

    private Kind word() {
        int start = pos;
        pos = endOfWord(pos);
        if (pos - start == 1 && peek(0) == '\'') {
            char prefix = Character.toUpperCase(text.charAt(start));
            if (prefix == 'E' && dialect.escapeStrings()) {
                pos = endOfQuoted(pos, '\'', true);
                return Kind.ESCAPE_STRING;
            }
            if (prefix == 'B' || prefix == 'X' || prefix == 'N') {
                pos = endOfQuoted(pos, '\'', false); // bit, hex and national strings: the prefix is part of it
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

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
