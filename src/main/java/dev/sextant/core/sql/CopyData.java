package dev.sextant.core.sql;

/**
 * Inline COPY data in a script.
 *
 * @param start  its first character, at a line's start
 * @param end    just past its last line's newline (the terminator line not included)
 * @param resume where the SQL after it starts: the line after the terminator
 */
record CopyData(int start, int end, int resume) {

    /**
     * Where the inline data of a {@code COPY … FROM STDIN} whose semicolon ends at {@code afterSemicolon}
     * lies, as psql reads it: from the next line up to a line that is only {@code \.}; null when no
     * such line comes.
     */
    static CopyData after(String text, int afterSemicolon) {
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
}
