package dev.sextant.core.session;

/** How the user chose to end an open transaction before something that needs it ended. */
public enum TransactionEnd {
    COMMIT, ROLLBACK
}
