package dev.sextant.core.sql;

import dev.sextant.core.sql.Lexeme.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements on the semicolons {@link SqlLexer} finds outside quoted
 * text, dollar quotes and comments, and keeps the {@code BEGIN ... END;} bodies of SQLite
 * triggers and of {@code BEGIN ATOMIC} functions whole. Pieces that hold only white space and
 * comments are dropped. A psql meta-command line ({@code \connect db}, as pg_dump writes) ends
 * any statement before it and is reported as an item of its own.
 */
public final class ScriptSplitter {

    private final String text;
    private final SqlDialect dialect;
    private List<Lexeme> lexemes;
    private final List<SqlStatement> statements = new ArrayList<>();
    /** Index of the first lexeme of the statement being read, and of its last one so far. */
    private int first;
    private int last = -1;
    private boolean hasCode;
    private int wordsSeen;
    private boolean create;
    private boolean blockMode;
    private int blockDepth;
    private int countedTo;
    private int linesCounted = 1;

    private ScriptSplitter(String text, SqlDialect dialect, List<Lexeme> lexemes) {
        this.text = text;
        this.dialect = dialect;
        this.lexemes = lexemes;
    }

    /** The statements of {@code script}, in order, by PostgreSQL's rules. */
    public static List<SqlStatement> split(String script) {
        return split(script, SqlDialect.POSTGRESQL);
    }

    /** The statements of {@code script}, in order, by {@code dialect}'s rules. */
    public static List<SqlStatement> split(String script, SqlDialect dialect) {
        return split(script, dialect, SqlLexer.lex(script, dialect));
    }

    /** The statements of {@code script}, whose pieces the lexer has already cut. */
    static List<SqlStatement> split(String script, SqlDialect dialect, List<Lexeme> lexemes) {
        ScriptSplitter splitter = new ScriptSplitter(script, dialect, lexemes);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    /**
     * The statement the caret is in: the last one starting at or before the caret, so that a
     * caret just after a semicolon or on the blank line below still picks that statement.
     */
    public static SqlStatement statementAt(String script, int caret) {
        return statementAt(script, caret, SqlDialect.POSTGRESQL);
    }

    /** Like {@link #statementAt(String, int)}, read by {@code dialect}'s rules (CQL's {@code //} comments, say). */
    public static SqlStatement statementAt(String script, int caret, SqlDialect dialect) {
        List<SqlStatement> all = split(script, dialect);
        SqlStatement found = null;
        for (SqlStatement statement : all) {
            if (statement.start() <= caret) {
                found = statement;
            }
        }
        if (found == null && !all.isEmpty()) {
            found = all.get(0);
        }
        return found;
    }

    private void run() {
        for (int i = 0; i < lexemes.size(); i++) {
            Lexeme lexeme = lexemes.get(i);
            if (lexeme.kind() == Kind.SEMICOLON && blockDepth == 0) {
                boolean added = finishStatement(i + 1);
                if (added && readCopyData(lexeme.end())) {
                    i = -1;
                }
            } else if (lexeme.kind() == Kind.PSQL_COMMAND) {
                finishStatement(i);
                add(lexeme.start(), lexeme.end());
                first = i + 1;
            } else {
                last = i;
                if (lexeme.kind() == Kind.WORD) {
                    readWord(i);
                }
                hasCode |= !lexeme.kind().isComment();
            }
        }
        finishStatement(lexemes.size());
    }

    /**
     * After a {@code COPY … FROM STDIN;} in a psql script come its data lines up to {@code \.}
     * (pg_dump's default output): they join the statement, and lexing starts again after them,
     * since data is no SQL (a lone quote in a row would swallow the rest of the script).
     */
    private boolean readCopyData(int afterSemicolon) {
        SqlStatement copy = statements.get(statements.size() - 1);
        if (!dialect.psqlCommands() || !StatementRules.copyThroughClient(copy.sql()).equals(java.util.Optional.of("FROM STDIN"))) {
            return false;
        }
        CopyData data = CopyData.after(text, afterSemicolon);
        if (data == null) {
            return false;
        }
        statements.set(statements.size() - 1, new SqlStatement(copy.sql(), copy.start(), copy.end(), copy.line(),
                text.substring(data.start(), data.end())));
        lexemes = SqlLexer.lex(text, dialect, data.resume());
        first = 0;
        last = -1;
        return true;
    }

    /** Ends the statement read so far; the next one starts at lexeme {@code next}. Whether it held code and was kept. */
    private boolean finishStatement(int next) {
        boolean added = hasCode;
        if (hasCode) {
            add(lexemes.get(first).start(), lexemes.get(last).end());
        }
        first = next;
        last = next - 1;
        hasCode = false;
        wordsSeen = 0;
        create = false;
        blockMode = false;
        blockDepth = 0;
        return added;
    }

    private void add(int start, int end) {
        statements.add(new SqlStatement(text.substring(start, end), start, end, lineOf(start)));
    }

    /** The 1-based line of {@code offset}; offsets are asked for in increasing order. */
    private int lineOf(int offset) {
        int newline = text.indexOf('\n', countedTo);
        while (newline >= 0 && newline < offset) {
            linesCounted++;
            countedTo = newline + 1;
            newline = text.indexOf('\n', countedTo);
        }
        return linesCounted;
    }

    /** Inside trigger bodies and BEGIN ATOMIC, semicolons end inner statements, not the outer one. */
    private void readWord(int i) {
        Lexeme word = lexemes.get(i);
        if (wordsSeen++ == 0) {
            create = word.isWord(text, "CREATE");
        } else if (wordsSeen <= 5 && create && word.isWord(text, "TRIGGER")) {
            blockMode = true;
        }
        if (word.isWord(text, "BEGIN") && create && (blockMode || nextWordIs(i, "ATOMIC"))) {
            blockMode = true;
            blockDepth++;
        } else if (blockMode && blockDepth > 0 && word.isWord(text, "CASE")) {
            blockDepth++;
        } else if (blockMode && blockDepth > 0 && word.isWord(text, "END")) {
            blockDepth--;
        }
    }

    /** Whether the first piece after lexeme {@code i} that is no comment is the word {@code expected}. */
    private boolean nextWordIs(int i, String expected) {
        for (int j = i + 1; j < lexemes.size(); j++) {
            if (!lexemes.get(j).kind().isComment()) {
                return lexemes.get(j).isWord(text, expected);
            }
        }
        return false;
    }
}
