package dev.sextant.core.complete;

import dev.sextant.core.sql.SqlDialect;

/**
 * Completion as the user types, keystroke after keystroke: it keeps the last answer's matches,
 * and when the word at the caret has only grown (same statement, same place, same catalog) it
 * ranks those again instead of every name of the catalog — a name that matches {@code t12}
 * matched {@code t1}, so on 10,000 tables the second key looks at a few hundred names, not
 * 10,000. Anything else (a new place, a word shortened, a catalog read again) starts afresh.
 * Keeps state between calls: use from one thread, the completion thread.
 */
public final class Typing {

    private Completer last;

    /** The suggestions at {@code caret}, as {@link Completer#at(Catalog, String, int, SqlDialect)} gives them. */
    public Completions at(Catalog catalog, String script, int caret, SqlDialect dialect) {
        Completer now = Completer.read(catalog, script, caret, dialect);
        Completer answer = last != null && last.narrowsTo(now) ? last.narrowedFor(now) : now.gathered();
        last = answer;
        return answer.completions();
    }

    /** Forgets the last answer (the popup closed): the next keystroke starts afresh. */
    public void forget() {
        last = null;
    }
}
