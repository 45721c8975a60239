package dev.sextant.core.run;

import dev.sextant.core.sql.Identifiers;
import dev.sextant.core.sql.Lexeme;
import dev.sextant.core.sql.Lexeme.Kind;
import dev.sextant.core.sql.SqlLexer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * psql's variables as {@code \set} gives them, and their interpolation as psql does it:
 * {@code :name} becomes the value as it is, {@code :'name'} a quoted literal, {@code :"name"} a
 * quoted identifier. Only outside quotes and comments (read from the lexer's pieces, so a
 * {@code ::} cast or a {@code ':x'} string is untouched), and a name never set stays as typed,
 * as in psql (where Sextant then asks for it as a bind parameter).
 */
public final class PsqlVariables {

    private final Map<String, String> values = new LinkedHashMap<>();

    public void set(String name, String value) {
        values.put(name, value);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** {@code sql} with every variable it names replaced. */
    public String interpolate(String sql) {
        return values.isEmpty() ? sql : interpolated(sql, SqlLexer.lex(sql));
    }

    /**
     * A meta-command's arguments as psql reads them: separated by white space, {@code 'quoted'}
     * ones unquoted ({@code ''} is a quote), variables interpolated.
     */
    public List<String> arguments(String text) {
        List<Lexeme> lexemes = SqlLexer.lex(text);
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < lexemes.size()) {
            int j = i + 1;
            while (j < lexemes.size() && lexemes.get(j).start() == lexemes.get(j - 1).end()) {
                j++;
            }
            StringBuilder word = new StringBuilder();
            for (int k = i; k < j; k++) {
                Lexeme piece = lexemes.get(k);
                if (piece.kind() == Kind.PLAIN_STRING && !isVariableQuote(lexemes, k, text)) {
                    String quoted = piece.text(text);
                    word.append(quoted.substring(1, Math.max(1, quoted.length() - 1)).replace("''", "'"));
                } else {
                    k = appendPiece(word, lexemes, k, text);
                }
            }
            words.add(word.toString());
            i = j;
        }
        return words;
    }

    private String interpolated(String text, List<Lexeme> lexemes) {
        StringBuilder sb = new StringBuilder();
        int copied = 0;
        for (int k = 0; k < lexemes.size(); k++) {
            Lexeme piece = lexemes.get(k);
            StringBuilder replaced = new StringBuilder();
            int last = appendPiece(replaced, lexemes, k, text);
            String original = text.substring(piece.start(), lexemes.get(last).end());
            if (!replaced.toString().equals(original)) {
                sb.append(text, copied, piece.start()).append(replaced);
                copied = lexemes.get(last).end();
            }
            k = last;
        }
        return sb.append(text, copied, text.length()).toString();
    }

    /** Appends piece {@code k}, interpolated when it names a variable; returns the last piece used. */
    private int appendPiece(StringBuilder into, List<Lexeme> lexemes, int k, String text) {
        Lexeme piece = lexemes.get(k);
        String raw = piece.text(text);
        if (piece.kind() == Kind.PLACEHOLDER && raw.startsWith(":") && values.containsKey(raw.substring(1))) {
            into.append(values.get(raw.substring(1)));
            return k;
        }
        if (isVariableQuote(lexemes, k + 1, text)) {
            String quoted = lexemes.get(k + 1).text(text);
            String name = quoted.substring(1, quoted.length() - 1);
            String value = values.get(name);
            into.append(raw, 0, raw.length() - 1);
            into.append(quoted.startsWith("'") ? "'" + value.replace("'", "''") + "'" : Identifiers.quote(value));
            return k + 1;
        }
        into.append(raw);
        return k;
    }

    /**
     * Whether piece {@code k} is the {@code 'name'} or {@code "name"} of {@code :'name'} / {@code :"name"}:
     * right after an operator ending in one colon (not a {@code ::} cast), naming a set variable.
     */
    private boolean isVariableQuote(List<Lexeme> lexemes, int k, String text) {
        if (k <= 0 || k >= lexemes.size()) {
            return false;
        }
        Lexeme before = lexemes.get(k - 1);
        Lexeme quoted = lexemes.get(k);
        String op = before.text(text);
        if (before.kind() != Kind.OPERATOR || !op.endsWith(":") || op.endsWith("::") || before.end() != quoted.start()) {
            return false;
        }
        if (quoted.kind() != Kind.PLAIN_STRING && quoted.kind() != Kind.QUOTED_IDENTIFIER) {
            return false;
        }
        String q = quoted.text(text);
        return q.length() >= 2 && values.containsKey(q.substring(1, q.length() - 1));
    }
}
