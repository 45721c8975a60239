package dev.sextant.core.session;

/** Where a session's transaction stands, as read back from the driver and the server. */
public enum TransactionState {
    /** No transaction is open: nothing waits to be committed. */
    IDLE("Idle"),
    /** A transaction is open: its changes are visible only to this session until Commit. */
    IN_TRANSACTION("In transaction"),
    /** The open transaction hit an error: only Rollback (or rollback to a savepoint) continues. */
    FAILED("Failed");

    private final String label;

    TransactionState(String label) {
        this.label = label;
    }

    /** What the transaction indicator starts with. */
    public String label() {
        return label;
    }
}
