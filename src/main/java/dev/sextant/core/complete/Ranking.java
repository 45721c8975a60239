package dev.sextant.core.complete;

/**
 * How well what was typed matches a name: at its start ({@code inv} → {@code invoice}), at the
 * start of its words ({@code line} or {@code il} → {@code invoice_line}, {@code on} →
 * {@code orderNumber}), or anywhere in order ({@code ivl} → {@code invoice_line}). Case is
 * ignored: SQL folds unquoted names and people type in lower case.
 */
public enum Ranking {
    PREFIX, WORD_BOUNDARY, FUZZY, NONE;

    /** The best way {@code typed} matches {@code name}; everything matches an empty {@code typed}. */
    public static Ranking of(String typed, String name) {
        if (typed.isEmpty() || name.regionMatches(true, 0, typed, 0, typed.length())) {
            return PREFIX;
        }
        if (wordStarts(typed, name)) {
            return WORD_BOUNDARY;
        }
        return inOrder(typed, name) ? FUZZY : NONE;
    }

    /** Each typed letter continues the word it is in, or starts a later word of the name. */
    private static boolean wordStarts(String typed, String name) {
        int at = 0;
        boolean inWord = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (inWord && at < name.length() && same(name.charAt(at), c)) {
                at++;
                continue;
            }
            int next = nextWordStart(name, at, c);
            if (next < 0) {
                return false;
            }
            at = next + 1;
            inWord = true;
        }
        return true;
    }

    private static int nextWordStart(String name, int from, char c) {
        for (int k = from; k < name.length(); k++) {
            if (isWordStart(name, k) && same(name.charAt(k), c)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isWordStart(String name, int k) {
        if (k == 0) {
            return true;
        }
        char before = name.charAt(k - 1);
        char here = name.charAt(k);
        boolean afterSeparator = !Character.isLetterOrDigit(before) && Character.isLetterOrDigit(here);
        return afterSeparator || (Character.isLowerCase(before) && Character.isUpperCase(here));
    }

    private static boolean inOrder(String typed, String name) {
        int at = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            while (at < name.length() && !same(name.charAt(at), c)) {
                at++;
            }
            if (at == name.length()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static boolean same(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
