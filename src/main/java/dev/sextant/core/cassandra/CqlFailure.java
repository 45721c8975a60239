package dev.sextant.core.cassandra;

/**
 * A driver error carried with the statement that caused it, so that a syntax error's line and
 * column can be turned into a position in the editor ({@link CqlErrors#of}).
 */
final class CqlFailure extends RuntimeException {

    private final String cql;

    CqlFailure(String cql, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.cql = cql;
    }

    String cql() {
        return cql;
    }
}
