package dev.sextant.core.io;

/** An import that could not go on, with one sentence for the user; nothing of it was stored. */
public final class CsvImportException extends Exception {

    public CsvImportException(String sentence) {
        super(sentence);
    }

    public CsvImportException(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    /** The CSV parser gave up (an unterminated quote at the end, a binary file). */
    static CsvImportException unreadable(Exception cause) {
        String reason = cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
        return new CsvImportException("The file cannot be read as CSV" + reason + "; nothing was imported.", cause);
    }
}
