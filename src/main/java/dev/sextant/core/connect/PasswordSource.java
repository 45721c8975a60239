package dev.sextant.core.connect;

/** Where the password of a parsed connection came from, so the dialog can say so. */
public enum PasswordSource {
    /** No password was found anywhere; the server may not need one, or the user types it. */
    NONE,
    /** The pasted string, URI or URL had it. */
    CONNECTION_STRING,
    /** The service file's section had it. */
    SERVICE_FILE,
    /** The {@code PGPASSWORD} environment variable. */
    ENVIRONMENT,
    /** A matching line of {@code ~/.pgpass} (or {@code PGPASSFILE}). */
    PASSWORD_FILE
}
