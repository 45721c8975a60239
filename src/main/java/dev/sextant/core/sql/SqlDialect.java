package dev.sextant.core.sql;

import java.util.List;
import java.util.Set;

/**
 * The lexical facts of one SQL dialect that decide where quotes, comments and statements begin
 * and end: all the lexer needs to know about an engine. Plain data, so an engine can hand out
 * its own without the lexer knowing which engine it is.
 *
 * @param lineComments        what starts a comment that runs to the end of the line
 * @param nestedBlockComments whether a block comment inside a block comment nests (PostgreSQL) or the first
 *                            close ends both (SQLite, CQL)
 * @param escapeStrings       whether {@code E'...'} takes backslash escapes
 * @param dollarTags          whether {@code $tag$...$tag$} and {@code $$...$$} quote text (PostgreSQL)
 * @param doubleDollarStrings whether {@code $$...$$}, without a tag, is a string (CQL)
 * @param identifierQuotes    the characters that open a quoted identifier; {@code [} closes with {@code ]}
 * @param placeholders        the bind-parameter forms the dialect's statements may hold
 * @param psqlCommands        whether a line starting with a backslash is a psql meta-command
 */
public record SqlDialect(List<String> lineComments, boolean nestedBlockComments, boolean escapeStrings,
                         boolean dollarTags, boolean doubleDollarStrings, String identifierQuotes,
                         Set<Placeholder> placeholders, boolean psqlCommands) {

    /** The forms a bind parameter is written in. */
    public enum Placeholder {
        /** JDBC's {@code ?}. */
        QUESTION_MARK,
        /** PostgreSQL's {@code $1}. */
        DOLLAR_NUMBER,
        /** {@code :name}, as psql variables and many tutorials write them. */
        COLON_NAME
    }

    /** PostgreSQL, and psql scripts such as pg_dump writes. */
    public static final SqlDialect POSTGRESQL = new SqlDialect(List.of("--"), true, true, true, false, "\"",
            Set.of(Placeholder.values()), true);

    /** SQLite: block comments do not nest; {@code [name]} and {@code `name`} are identifiers too. */
    public static final SqlDialect SQLITE = new SqlDialect(List.of("--"), false, false, false, false, "\"[`",
            Set.of(Placeholder.values()), false);

    /** Cassandra's CQL: {@code //} comments as well, and {@code $$...$$} strings. */
    public static final SqlDialect CQL = new SqlDialect(List.of("--", "//"), false, false, false, true, "\"",
            Set.of(Placeholder.QUESTION_MARK, Placeholder.COLON_NAME), false);

    public SqlDialect {
        lineComments = List.copyOf(lineComments);
        placeholders = Set.copyOf(placeholders);
    }

    /** Whether a bind parameter may be written as {@code form}. */
    public boolean allows(Placeholder form) {
        return placeholders.contains(form);
    }
}
