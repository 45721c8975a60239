package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.QueryConsistencyException;
import com.datastax.oss.driver.api.core.servererrors.SyntaxError;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import dev.sextant.core.session.PlainError;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driver and server errors as the user reads them: one plain sentence, the server's own text
 * beneath it, and where a syntax error is, the position in the statement to mark.
 */
public final class CqlErrors {

    /** What ALLOW FILTERING means, added beneath the server's refusal. */
    static final String FILTERING_MEANS = "ALLOW FILTERING would make Cassandra read every partition of the table "
            + "(a scan of every partition, on every node that holds the table) and throw away the rows that do not "
            + "match; restrict the partition key instead, or query a table keyed for this question.";

    private static final Pattern SYNTAX = Pattern.compile("^line (\\d+):(\\d+) (.*)$", Pattern.DOTALL);

    private CqlErrors() {
    }

    /** The error of running {@code cql} (the statement, for the syntax error's position). */
    public static PlainError of(Throwable error, String cql) {
        if (error instanceof CqlCancelledException || error instanceof WrongDatacenterException) {
            return new PlainError(error.getMessage(), "", error.getMessage(), null, 0);
        }
        if (error instanceof SyntaxError syntax) {
            return syntax(syntax, cql);
        }
        if (error instanceof InvalidQueryException invalid && invalid.getMessage().contains("ALLOW FILTERING")) {
            return new PlainError(firstSentence(invalid.getMessage()), "Cassandra: " + invalid.getMessage()
                    + "\n" + FILTERING_MEANS, invalid.getMessage(), null, 0);
        }
        String sentence = sentence(error);
        String server = error.getMessage() == null ? "" : error.getMessage();
        return new PlainError(sentence, server.equals(sentence) ? "" : "Cassandra: " + server, server, null, 0);
    }

    private static String sentence(Throwable error) {
        if (error instanceof NoNodeAvailableException) {
            return "No node of the local datacenter was available to run the request; check the local datacenter "
                    + "and that its nodes are up.";
        }
        if (error instanceof AuthenticationException) {
            return "The cluster refused the user name or password.";
        }
        if (error instanceof AllNodesFailedException all) {
            return "No contact point could be reached (" + all.getAllErrors().keySet().size()
                    + " tried); check the hosts, the port and that Cassandra is running.";
        }
        if (error instanceof UnavailableException unavailable) {
            return "Too few replicas are alive for consistency " + unavailable.getConsistencyLevel().name()
                    + ": it needs " + unavailable.getRequired() + ", " + unavailable.getAlive() + " are up.";
        }
        if (error instanceof QueryConsistencyException timeout) {
            return "The coordinator gave up waiting for replicas: " + timeout.getReceived() + " of "
                    + timeout.getBlockFor() + " answered for consistency " + timeout.getConsistencyLevel().name() + ".";
        }
        if (error instanceof DriverTimeoutException) {
            return "No answer came from the cluster in time; the request may still run on the server.";
        }
        return firstSentence(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }

    /** "line 1:40 mismatched character '<EOF>' expecting '''" becomes a sentence, the position kept. */
    private static PlainError syntax(SyntaxError error, String cql) {
        String message = error.getMessage();
        Matcher m = SYNTAX.matcher(message.strip());
        if (!m.matches()) {
            return new PlainError("The CQL has a syntax error: " + sentenceCase(message), "", message, null, 0);
        }
        int line = Integer.parseInt(m.group(1));
        int column = Integer.parseInt(m.group(2));
        String what = m.group(3);
        String where = "line " + line + ", column " + (column + 1);
        String sentence = what.contains("'<EOF>' expecting '''")
                ? "A quoted string is never closed: the statement ends inside its quotes (" + where + ")."
                : "The CQL has a syntax error at " + where + ": " + what.strip() + (what.endsWith(".") ? "" : ".");
        return new PlainError(sentence, "Cassandra: " + message, message, null, position(cql, line, column));
    }

    /** The 1-based character position of a 1-based line and 0-based column, or 0 past the text. */
    private static int position(String cql, int line, int column) {
        if (cql == null) {
            return 0;
        }
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int newline = cql.indexOf('\n', offset);
            if (newline < 0) {
                return 0;
            }
            offset = newline + 1;
        }
        int position = offset + column + 1;
        return position <= cql.length() + 1 ? position : 0;
    }

    private static String firstSentence(String text) {
        String s = text.strip();
        int stop = s.indexOf(". ");
        return sentenceCase(stop > 0 ? s.substring(0, stop + 1) : s);
    }

    private static String sentenceCase(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return "Cassandra reported an error.";
        }
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}
