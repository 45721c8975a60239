package dev.sextant.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a statement's command as people say it ("INSERT", "CREATE TABLE"), used to label
 * outcomes. It names; it never decides how a statement runs: that is what
 * {@link java.sql.Statement#execute(String)} reports.
 */
public final class CommandName {

    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Set<String> TWO_WORD = Set.of("CREATE", "DROP", "ALTER");
    private static final Set<String> SKIPPED = Set.of("OR", "REPLACE", "TEMP", "TEMPORARY", "UNIQUE",
            "IF", "NOT", "EXISTS", "MATERIALIZED");

    private CommandName() {
    }

    public static String of(String sql) {
        List<String> words = leadingWords(stripLeadingComments(sql), 6);
        if (words.isEmpty()) {
            return "STATEMENT";
        }
        String first = words.get(0);
        if (!TWO_WORD.contains(first)) {
            return first;
        }
        return words.stream().skip(1).filter(w -> !SKIPPED.contains(w)).findFirst()
                .map(w -> first + " " + w).orElse(first);
    }

    private static List<String> leadingWords(String sql, int max) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sql);
        while (words.size() < max && m.find()) {
            words.add(m.group().toUpperCase(Locale.ROOT));
        }
        return words;
    }

    private static String stripLeadingComments(String sql) {
        String s = sql.stripLeading();
        while (true) {
            if (s.startsWith("--")) {
                int nl = s.indexOf('\n');
                s = nl < 0 ? "" : s.substring(nl + 1).stripLeading();
            } else if (s.startsWith("/*")) {
                int close = s.indexOf("*/");
                s = close < 0 ? "" : s.substring(close + 2).stripLeading();
            } else {
                return s;
            }
        }
    }
}
