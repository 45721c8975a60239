package dev.sextant.core.run;

import dev.sextant.core.session.Outcome;

/**
 * One result set of a run, as the results view needs it: its tab title, the rows (first page and
 * the stream of the rest), and how long the statement took to its first rows.
 */
public record RunResult(String title, Outcome.Rows rows, long firstRowsMillis) {
}
