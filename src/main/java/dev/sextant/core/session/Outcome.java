package dev.sextant.core.session;

import dev.sextant.core.result.QueryResult;
import dev.sextant.core.result.ResultStream;
import dev.sextant.core.text.Wording;

/** One thing a statement produced, in the order the server produced it. */
public sealed interface Outcome {

    /**
     * A result set: its first page, and the rest still to be read when {@code rest} is open
     * (null once the whole result was read).
     */
    record Rows(String command, QueryResult result, ResultStream rest, SourceQuery source) implements Outcome {

        /** A result whose statement is not known (it cannot be run again for an export). */
        public Rows(String command, QueryResult result, ResultStream rest) {
            this(command, result, rest, null);
        }

        /** Whether more rows can be fetched. */
        public boolean hasMore() {
            return rest != null && rest.isOpen();
        }
    }

    /** Rows inserted, updated or deleted. */
    record UpdateCount(String command, long count) implements Outcome {
        /** "INSERT: 1 row", "UPDATE: 1,042 rows". */
        public String describe() {
            return command + ": " + Wording.count(count, "row");
        }
    }

    /** A statement that changes no rows, such as CREATE TABLE. */
    record Done(String command) implements Outcome {
    }

    /** A notice or warning the server sent while running the statement. */
    record Notice(String text) implements Outcome {
    }
}
