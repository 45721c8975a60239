package dev.sextant.core.sql;

import java.util.List;

/**
 * Hides the passwords a statement carries before it is kept anywhere (the query history):
 * the string right after the word {@code PASSWORD} becomes {@code '***'}. That covers
 * {@code CREATE/ALTER ROLE|USER … [ENCRYPTED] PASSWORD '…'} and foreign servers' and user
 * mappings' {@code OPTIONS (password '…')}, in every string form ({@code E'…'}, {@code $$…$$}).
 * It reads the lexer's tokens, so a {@code PASSWORD} inside a string or a comment is only text.
 */
public final class PasswordMask {

    /** What a hidden password reads as. */
    public static final String HIDDEN = "'***'";

    private PasswordMask() {
    }

    /** {@code sql} with every password literal replaced by {@link #HIDDEN}; the same text when it has none. */
    public static String hide(String sql) {
        List<SqlToken> tokens = SqlTokens.of(sql);
        StringBuilder out = new StringBuilder(sql.length());
        int copied = 0;
        boolean afterPasswordWord = false;
        for (SqlToken token : tokens) {
            if (token.kind() == SqlToken.Kind.COMMENT) {
                continue; // PASSWORD /* why */ 'x' is still a password
            }
            if (afterPasswordWord && token.kind() == SqlToken.Kind.STRING) {
                out.append(sql, copied, token.start()).append(HIDDEN);
                copied = token.end();
            }
            afterPasswordWord = isPasswordWord(sql, token);
        }
        return copied == 0 ? sql : out.append(sql, copied, sql.length()).toString();
    }

    private static boolean isPasswordWord(String sql, SqlToken token) {
        String text = sql.substring(token.start(), token.end());
        return switch (token.kind()) {
            case KEYWORD, IDENTIFIER -> text.equalsIgnoreCase("password");
            case QUOTED_IDENTIFIER -> text.equals("\"password\""); // OPTIONS ("password" '…')
            default -> false;
        };
    }
}
