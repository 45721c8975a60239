package dev.sextant.core.sql;

/**
 * Where the pieces that run over many characters end: quotes, dollar-quoted bodies, block comments
 * and whole lines (line comments, psql's backslash commands). Half of {@link SqlLexer}, which
 * decides what a piece is and asks here how far it runs; each answer is an offset just past the
 * piece, or the text's end when it is never closed (as the server reads it).
 */
final class LexemeEnds {

    private LexemeEnds() {
    }

    /** The end of the line at {@code from}, before its newline and any trailing white space such as {@code \r}. */
    static int trimmedLineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        int end = newline < 0 ? text.length() : newline;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The end of the block comment opened at {@code open}, counting nested pairs when {@code nested}. */
    static int blockComment(String text, int open, boolean nested) {
        if (!nested) {
            int close = text.indexOf("*/", open + 2);
            return close < 0 ? text.length() : close + 2;
        }
        int depth = 0;
        int i = open;
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
    static int quoted(String text, int open, char close, boolean backslashEscapes) {
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

    /** Just past the {@code $tag$} opening at {@code dollar}, or -1 when the dollar opens no quote. */
    static int dollarTag(String text, int dollar) {
        int i = dollar + 1;
        if (i < text.length() && SqlLexer.isWordStart(text.charAt(i))) {
            i++;
            while (i < text.length() && SqlLexer.isWordPart(text.charAt(i)) && text.charAt(i) != '$') {
                i++;
            }
        }
        return i < text.length() && text.charAt(i) == '$' ? i + 1 : -1;
    }

    /** Just past the dollar-quoted body whose opening tag runs from {@code open} to {@code tagEnd}. */
    static int dollarBody(String text, int open, int tagEnd) {
        String tag = text.substring(open, tagEnd);
        int close = text.indexOf(tag, tagEnd);
        return close < 0 ? text.length() : close + tag.length();
    }
}
