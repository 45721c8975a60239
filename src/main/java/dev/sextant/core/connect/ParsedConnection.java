package dev.sextant.core.connect;

import java.util.List;

/**
 * What a pasted connection string means: the fields, the password if one was found, and
 * warnings to show (an ignored option, a password file others can read). {@link #toString()}
 * never shows the password.
 *
 * @param spec           the connection, defaults filled in as libpq would
 * @param password       the password, or null when none was found
 * @param passwordSource where the password came from
 * @param passwordMasked the string said {@code password=***}, the mask Sextant itself writes:
 *                       keep the password the dialog already has
 * @param warnings       one line each, for the user to read
 */
public record ParsedConnection(ConnectionSpec spec, String password, PasswordSource passwordSource,
                               boolean passwordMasked, List<String> warnings) {

    public ParsedConnection {
        warnings = List.copyOf(warnings);
    }

    /** The spec and password ready to connect with. */
    public Endpoint endpoint() {
        return new Endpoint(spec, password);
    }

    @Override
    public String toString() {
        return "ParsedConnection[" + spec + ", password " + (password == null ? "none" : "***")
                + " from " + passwordSource + ", warnings=" + warnings + "]";
    }
}
