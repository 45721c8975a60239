package dev.sextant.ui.tree;

/** How the administration forms read what was typed: surrounding spaces never count. */
final class AdminText {

    private AdminText() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
