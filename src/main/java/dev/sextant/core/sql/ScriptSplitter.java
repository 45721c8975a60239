package dev.sextant.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL script into statements on semicolons that stand outside quoted text, dollar
 * quotes and comments. Understands PostgreSQL's {@code '...'} (with {@code ''}),
 * {@code E'...'} (with backslash escapes), {@code "..."}, {@code $$...$$} and
 * {@code $tag$...$tag$}, {@code --} comments and nested block comments, and the
 * {@code BEGIN ... END;} bodies of SQLite triggers and of {@code BEGIN ATOMIC} functions.
 * Pieces that hold only white space and comments are dropped. A line that starts with a
 * backslash outside all of these is a psql meta-command ({@code \connect db}, as pg_dump
 * writes): it ends any statement before it and is reported as an item of its own.
 */
public final class ScriptSplitter {

    private final String text;
    private final List<SqlStatement> statements = new ArrayList<>();
    private int pos;
    private int statementStart;
    private boolean hasCode;
    private final List<String> leadingWords = new ArrayList<>();
    private boolean blockMode;
    private int blockDepth;
    private int countedTo;
    private int linesCounted = 1;

    private ScriptSplitter(String text) {
        this.text = text;
    }

    /** The statements of {@code script}, in order. */
    public static List<SqlStatement> split(String script) {
        ScriptSplitter splitter = new ScriptSplitter(script);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    /**
     * The statement the caret is in: the last one starting at or before the caret, so that a
     * caret just after a semicolon or on the blank line below still picks that statement.
     */
    public static SqlStatement statementAt(String script, int caret) {
        List<SqlStatement> all = split(script);
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
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\'') {
                skipQuoted(isEscapeStringPrefix());
            } else if (c == '"') {
                skipQuoted(false);
            } else if (c == '$' && dollarTagAt(pos) != null) {
                skipDollarQuoted(dollarTagAt(pos));
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
                continue;
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
                continue;
            } else if (c == '\\' && startsLine(pos)) {
                readMetaCommand();
                continue;
            } else if (c == ';' && blockDepth == 0) {
                finishStatement(pos);
                pos++;
                statementStart = pos;
                continue;
            } else if (isWordChar(c)) {
                readWord();
                continue;
            } else if (!Character.isWhitespace(c)) {
                markCode();
                pos++;
            } else {
                pos++;
            }
        }
        finishStatement(text.length());
    }

    private void markCode() {
        hasCode = true;
    }

    private void finishStatement(int end) {
        if (hasCode) {
            int start = statementStart;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int stop = end;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            statements.add(new SqlStatement(text.substring(start, stop), start, stop, lineOf(start)));
        }
        hasCode = false;
        leadingWords.clear();
        blockMode = false;
        blockDepth = 0;
    }

    /** Whether only white space stands between the start of the line and {@code at}. */
    private boolean startsLine(int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A psql meta-command runs to the end of its line; whatever came before it is a statement of its own. */
    private void readMetaCommand() {
        finishStatement(pos);
        int newline = text.indexOf('\n', pos);
        int stop = newline < 0 ? text.length() : newline;
        int start = pos;
        while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        statements.add(new SqlStatement(text.substring(start, stop), start, stop, lineOf(start)));
        pos = newline < 0 ? text.length() : newline + 1;
        statementStart = pos;
    }

    /** The 1-based line of {@code offset}; offsets are asked for in increasing order. */
    private int lineOf(int offset) {
        for (; countedTo < offset; countedTo++) {
            if (text.charAt(countedTo) == '\n') {
                linesCounted++;
            }
        }
        return linesCounted;
    }

    private void readWord() {
        markCode();
        int start = pos;
        while (pos < text.length() && isWordChar(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos).toUpperCase(Locale.ROOT);
        if (leadingWords.size() < 5) {
            leadingWords.add(word);
            if (word.equals("TRIGGER") && leadingWords.get(0).equals("CREATE")) {
                blockMode = true;
            }
        }
        trackBlocks(word);
    }

    /** Inside trigger bodies and BEGIN ATOMIC, semicolons end inner statements, not the outer one. */
    private void trackBlocks(String word) {
        boolean create = !leadingWords.isEmpty() && leadingWords.get(0).equals("CREATE");
        if (word.equals("BEGIN") && create && (blockMode || nextWordIs("ATOMIC"))) {
            blockMode = true;
            blockDepth++;
        } else if (blockMode && blockDepth > 0 && word.equals("CASE")) {
            blockDepth++;
        } else if (blockMode && blockDepth > 0 && word.equals("END")) {
            blockDepth--;
        }
    }

    private boolean nextWordIs(String expected) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i).equalsIgnoreCase(expected);
    }

    private boolean isEscapeStringPrefix() {
        if (pos == 0 || Character.toUpperCase(text.charAt(pos - 1)) != 'E') {
            return false;
        }
        return pos < 2 || !isWordChar(text.charAt(pos - 2));
    }

    private void skipQuoted(boolean backslashEscapes) {
        markCode();
        pos = SqlText.endOfQuoted(text, pos, backslashEscapes);
    }

    /** The {@code $tag$} opening at {@code at}, or null when the dollar is not a quote (as in {@code $1}). */
    private String dollarTagAt(int at) {
        if (at > 0 && isWordChar(text.charAt(at - 1))) {
            return null;
        }
        int i = at + 1;
        if (i < text.length() && Character.isDigit(text.charAt(i))) {
            return null;
        }
        while (i < text.length() && isWordChar(text.charAt(i)) && text.charAt(i) != '$') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '$') {
            return text.substring(at, i + 1);
        }
        return null;
    }

    private void skipDollarQuoted(String tag) {
        markCode();
        int close = text.indexOf(tag, pos + tag.length());
        pos = close < 0 ? text.length() : close + tag.length();
    }

    private void skipLineComment() {
        int newline = text.indexOf('\n', pos);
        pos = newline < 0 ? text.length() : newline + 1;
    }

    private void skipBlockComment() {
        pos = SqlText.endOfBlockComment(text, pos);
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
