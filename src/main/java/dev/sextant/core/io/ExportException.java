package dev.sextant.core.io;

/** Why an export did not finish, in one sentence the user reads; no partial file is left behind. */
public final class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean cancelled;

    public ExportException(String sentence) {
        this(sentence, null, false);
    }

    public ExportException(String sentence, Throwable cause) {
        this(sentence, cause, false);
    }

    private ExportException(String sentence, Throwable cause, boolean cancelled) {
        super(sentence, cause);
        this.cancelled = cancelled;
    }

    static ExportException cancelled(long rowsWritten) {
        return new ExportException(String.format("The export was cancelled after %,d rows; no file was written.",
                rowsWritten), null, true);
    }

    /** Whether the user stopped it (rather than something failing). */
    public boolean isCancelled() {
        return cancelled;
    }
}
