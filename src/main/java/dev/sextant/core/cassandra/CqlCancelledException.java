package dev.sextant.core.cassandra;

/**
 * A request the user cancelled. CQL has no way to stop a request on the server: the client
 * stops waiting at once and the session stays usable, but the server may still finish it.
 */
public final class CqlCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String SENTENCE = "Cancelled: Sextant stopped waiting, but Cassandra cannot stop a request "
            + "once sent, so the server may still finish it (a write may still be applied).";

    public CqlCancelledException() {
        super(SENTENCE);
    }
}
